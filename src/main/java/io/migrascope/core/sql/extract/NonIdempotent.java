package io.migrascope.core.sql.extract;

/**
 * A statement that fails (or silently duplicates something) when the file runs a second time over a
 * state it has already partly or wholly produced.
 *
 * @param statementIndex 1-based {@link io.migrascope.core.sql.SqlStatement#index()}
 * @param line 1-based line in the file of the keyword at fault (the CREATE, the ADD, ...)
 * @param excerpt the statement on one line, shortened
 * @param why what goes wrong, with the SQLSTATE, e.g. "fails with 42P07 duplicate_table when table
 *     users already exists"
 * @param fix the idempotent spelling {@link Idempotency#rewrite(String)} uses
 */
public record NonIdempotent(int statementIndex, int line, String excerpt, String why, String fix) {
}
