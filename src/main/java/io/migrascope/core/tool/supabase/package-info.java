/**
 * The Supabase CLI's format: {@code supabase/migrations/<version>_<name>.sql} files, versions compared
 * as text, and {@code supabase_migrations.schema_migrations}, whose rows keep the statements that ran
 * (split by the CLI's {@code pkg/parser.SplitAndTrim}, which {@code SupabaseStatements} reproduces on
 * top of our own splitter). Writes are the CLI's own statements and {@code migration repair}'s.
 */
package io.migrascope.core.tool.supabase;
