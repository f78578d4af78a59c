/**
 * Drizzle: drizzle-kit's {@code <out>/meta/_journal.json} and {@code <tag>.sql} files, tracked in
 * {@code drizzle.__drizzle_migrations}, read and written exactly as drizzle-orm's migrator does
 * ({@code migrator.ts} and {@code pg-core/dialect.ts}): rows are tied to journal entries by
 * {@code created_at} = the entry's {@code when}, and an entry older than the newest row is never run.
 */
package io.migrascope.core.tool.drizzle;
