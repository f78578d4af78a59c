package io.migrascope.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a migration file into the statements psql would send one at a time. Statement text starts at
 * the first token and ends after the last token before the terminating semicolon, so leading and
 * trailing comments and whitespace are not part of it; comments between tokens are kept. Empty and
 * comment-only statements are dropped; a final statement without a semicolon still counts.
 */
public final class SqlSplitter {
    private SqlSplitter() {
    }

    /**
     * @throws SqlSyntaxException if a string, quoted identifier, dollar quote, block comment,
     *     parenthesis or BEGIN ATOMIC body is still open at the end of the text
     */
    public static List<SqlStatement> split(String sql) throws SqlSyntaxException {
        Objects.requireNonNull(sql, "sql");
        List<SqlStatement> statements = new ArrayList<>();
        SqlLexer lexer = new SqlLexer(sql);
        StatementScope scope = new StatementScope();
        SqlToken first = null;
        int end = 0;
        while (lexer.hasNext()) {
            SqlToken token = lexer.next();
            if (token.type().isComment()) {
                continue;
            }
            if (token.is(TokenType.SEMICOLON) && scope.semicolonEndsStatement()) {
                if (first != null) {
                    statements.add(statement(sql, statements.size() + 1, first, end));
                }
                first = null;
                scope = new StatementScope();
                continue;
            }
            if (first == null) {
                first = token;
            }
            end = token.endOffset();
            scope.accept(token);
        }
        scope.requireClosed();
        if (first != null) {
            statements.add(statement(sql, statements.size() + 1, first, end));
        }
        return statements;
    }

    private static SqlStatement statement(String sql, int index, SqlToken first, int end) {
        return new SqlStatement(index, sql.substring(first.startOffset(), end), first.line(), first.startOffset(), end);
    }
}
