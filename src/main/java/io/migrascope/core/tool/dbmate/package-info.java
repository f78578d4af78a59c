/**
 * dbmate's format: {@code db/migrations/<digits>*.sql} files holding a {@code -- migrate:up} and a
 * {@code -- migrate:down} block ({@code DbmateMigrationText} parses them by dbmate's rules; apply runs
 * the up block only), tracked in {@code schema_migrations(version varchar)}: one row per applied
 * version, no checksum, no lock.
 */
package io.migrascope.core.tool.dbmate;
