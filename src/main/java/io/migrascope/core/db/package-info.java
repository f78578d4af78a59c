/** Reaching PostgreSQL: connection specs, passwords (never stored), connections, advisory locks. */
package io.migrascope.core.db;
