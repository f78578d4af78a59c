/**
 * One view of a migration across environments: dev, staging, production, or hundreds of tenant
 * databases that share one folder; the promotion preview; exports for auditors.
 */
package io.migrascope.core.audit.compare;
