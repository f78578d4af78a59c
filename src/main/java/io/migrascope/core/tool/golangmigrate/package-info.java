/**
 * golang-migrate's format: {@code <version>_<name>.up.sql} (with {@code .down.sql} companions), and a
 * {@code schema_migrations(version, dirty)} table that holds only the current version. Its single
 * row is read as one row per file ({@code CurrentVersion}); writes are {@code SetVersion} and
 * {@code migrate force}, under golang-migrate's own advisory lock ({@code GolangMigrateLock}).
 */
package io.migrascope.core.tool.golangmigrate;
