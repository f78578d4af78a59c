/**
 * What a migration file does to the schema, read from its SQL without a server: the input for
 * Migrascope's per-migration reality check, which asks pg_catalog whether each file's objects exist
 * and so tells APPLIED from UNTRACKED (schema present, tracking empty: the drizzle push case), PARTIAL
 * (a half-run failed migration) and RECORDED_NOT_EFFECTIVE (tracked as applied, objects absent).
 *
 * <p>{@link io.migrascope.core.sql.extract.ObjectExtractor} lists the
 * {@link io.migrascope.core.sql.extract.SchemaObject}s each statement creates, alters or drops, with
 * names normalised as the server stores them, the default names the server would give unnamed
 * constraints, indexes and serial sequences, and column types spelled the way {@code format_type}
 * prints them, so the prober can compare strings. Tables a file uses without creating them are
 * {@link io.migrascope.core.sql.extract.TableReference}s, for dependency checks between files.
 * {@link io.migrascope.core.sql.extract.Idempotency} finds the statements that fail on a second run
 * and rewrites a file so that it can be re-run over a partly applied state.
 *
 * <p>Built on the lexer and splitter of {@code io.migrascope.core.sql}; parsing is hand-written
 * recursive descent over the significant tokens of one statement. Whatever the extractor cannot read it
 * says so in {@link io.migrascope.core.sql.extract.Extraction#skipped()} rather than guessing.
 *
 * <p>Known gaps: objects a statement creates implicitly beyond serial sequences (the multirange of a
 * range type, array types, indexes of partitions inherited from a partitioned parent, PostgreSQL 18's
 * named NOT NULL constraints), columns that come from LIKE, INHERITS, OF type, PARTITION OF or a query,
 * and DO blocks other than the two guard patterns in {@code DoBlocks}.
 * Default names are computed against the objects of the same file only: a name taken by an earlier
 * migration makes the server append a number that this package cannot foresee.
 */
package io.migrascope.core.sql.extract;
