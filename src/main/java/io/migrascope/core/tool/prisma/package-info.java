/**
 * Prisma Migrate: {@code prisma/migrations/<timestamp>_<name>/migration.sql} folders and the
 * {@code _prisma_migrations} table, read and written exactly as Prisma's schema engine does
 * (prisma/prisma-engines {@code schema-engine/core/src/commands} and
 * {@code sql-schema-connector/src/flavour/postgres.rs}). Also home, for now, of the two helpers
 * every Node-based tool needs: {@link io.migrascope.core.tool.prisma.NodeText} (how Node decodes a
 * file) and {@link io.migrascope.core.tool.prisma.CosmeticEdits} (proving a checksum change cosmetic).
 */
package io.migrascope.core.tool.prisma;
