/**
 * Rails' (ActiveRecord's) format: {@code db/migrate/<version>_<name>.rb} files, versions compared
 * as integers, tracked in {@code schema_migrations(version)} beside {@code ar_internal_metadata},
 * guarded by an advisory lock derived from the database name. Migrations are Ruby: Migrascope reads
 * and repairs their tracking, and leaves running them to Rails.
 */
package io.migrascope.core.tool.rails;
