/**
 * Flyway's format (13.12, OSS, default settings): {@code V<version>__<description>.sql} and
 * {@code R__<description>.sql} files anywhere under the location, the append-only
 * {@code flyway_schema_history} table with CRC32 checksums, DELETE markers and BASELINE rows, and
 * Flyway's advisory lock. Reading follows Flyway's info service, writing follows its migrate and
 * repair, and the tests prove both against the real Flyway.
 */
package io.migrascope.core.tool.flyway;
