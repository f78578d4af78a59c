package io.migrascope.core.sql;

/**
 * Decides, token by token, whether a semicolon would end the current statement. Like psql, a
 * semicolon is part of the statement while parentheses are open (CREATE RULE ... DO ALSO (a; b)) or
 * while inside the BEGIN ATOMIC ... END body of a SQL-standard routine.
 *
 * <p>psql treats every BEGIN in CREATE FUNCTION/PROCEDURE as opening a body; here only BEGIN followed
 * by ATOMIC does, so a column that happens to be named "begin" cannot swallow the rest of the file.
 * Any CREATE statement is eligible, which also covers routines inside CREATE SCHEMA.
 */
final class StatementScope {
    private boolean started;
    private boolean createStatement;
    private int parenDepth;
    private SqlToken outermostParen;
    private int bodyDepth;
    private SqlToken outermostBody;
    private SqlToken pendingBegin;

    /** Feeds the next non-comment token of the statement. */
    void accept(SqlToken token) {
        if (!started) {
            started = true;
            createStatement = token.isWord("create");
        }
        SqlToken begin = pendingBegin;
        pendingBegin = null;
        switch (token.type()) {
            case LEFT_PAREN -> {
                if (parenDepth++ == 0) {
                    outermostParen = token;
                }
            }
            case RIGHT_PAREN -> {
                // A stray ')' is the server's problem; psql ignores it too.
                if (parenDepth > 0) {
                    parenDepth--;
                }
            }
            case WORD -> trackBody(token, begin);
            default -> {
            }
        }
    }

    private void trackBody(SqlToken word, SqlToken begin) {
        if (!createStatement || parenDepth > 0) {
            return;
        }
        if (begin != null && word.isWord("atomic")) {
            if (bodyDepth++ == 0) {
                outermostBody = begin;
            }
        } else if (word.isWord("begin")) {
            pendingBegin = word;
        } else if (bodyDepth > 0 && word.isWord("case")) {
            bodyDepth++; // CASE ... END would otherwise close the body early
        } else if (bodyDepth > 0 && word.isWord("end")) {
            bodyDepth--;
        }
    }

    boolean semicolonEndsStatement() {
        return parenDepth == 0 && bodyDepth == 0;
    }

    /** At end of input: anything still open would make the server reject the statement. */
    void requireClosed() throws SqlSyntaxException {
        if (parenDepth > 0) {
            throw new SqlSyntaxException("unclosed parenthesis", outermostParen.line(), outermostParen.column(),
                    outermostParen.startOffset());
        }
        if (bodyDepth > 0) {
            throw new SqlSyntaxException("unterminated BEGIN ATOMIC body (missing END)", outermostBody.line(),
                    outermostBody.column(), outermostBody.startOffset());
        }
    }
}
