/**
 * Reads PostgreSQL migration files without a server: a lexer that follows the server's own scanner
 * ({@code scan.l}), a splitter that cuts a file into the statements psql would send one by one, and a
 * classifier that tells which statements PostgreSQL refuses to run inside a transaction block.
 *
 * <p>Entry points: {@link io.migrascope.core.sql.SqlSplitter#split(String)} for statements,
 * {@link io.migrascope.core.sql.SqlLexer} for the token stream (comments included, whitespace skipped),
 * and {@link io.migrascope.core.sql.StatementClassifier#nonTransactionalReason(String)}.
 *
 * <p>Everything here assumes {@code standard_conforming_strings = on} (the default since PostgreSQL 9.1),
 * so a backslash is an ordinary character in {@code '...'} and only escapes inside {@code E'...'}.
 * All work is a single left-to-right pass: time is linear in the input and nothing recurses per token.
 */
package io.migrascope.core.sql;
