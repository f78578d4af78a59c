package io.migrascope.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Forgiving look-ahead over the significant tokens of one statement, for pattern checks. Comments are
 * skipped, the first top-level semicolon ends the stream, and a lexical error simply ends it too: a
 * classifier must answer something for any text, and the splitter reports such errors anyway.
 */
final class TokenCursor {
    private final SqlLexer lexer;
    private final List<SqlToken> buffered = new ArrayList<>();
    private int parenDepth;
    private boolean exhausted;

    TokenCursor(String text) {
        this.lexer = new SqlLexer(text);
    }

    /** The token {@code ahead} positions further on, or null past the end. */
    SqlToken peek(int ahead) {
        while (buffered.size() <= ahead && !exhausted) {
            readOne();
        }
        return ahead < buffered.size() ? buffered.get(ahead) : null;
    }

    SqlToken next() {
        SqlToken token = peek(0);
        if (token != null) {
            buffered.remove(0);
        }
        return token;
    }

    boolean atEnd() {
        return peek(0) == null;
    }

    boolean peekWord(int ahead, String keyword) {
        SqlToken token = peek(ahead);
        return token != null && token.isWord(keyword);
    }

    boolean peekIs(int ahead, TokenType type) {
        SqlToken token = peek(ahead);
        return token != null && token.is(type);
    }

    /** Consumes the next token if it is the word {@code keyword}. */
    boolean nextIfWord(String keyword) {
        if (peekWord(0, keyword)) {
            next();
            return true;
        }
        return false;
    }

    /** Consumes tokens until one is the word {@code keyword} outside parentheses; false if none is. */
    boolean skipPastWord(String keyword) {
        int depth = 0;
        for (SqlToken t = next(); t != null; t = next()) {
            if (t.is(TokenType.LEFT_PAREN)) {
                depth++;
            } else if (t.is(TokenType.RIGHT_PAREN)) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && t.isWord(keyword)) {
                return true;
            }
        }
        return false;
    }

    private void readOne() {
        try {
            while (lexer.hasNext()) {
                SqlToken token = lexer.next();
                if (token.type().isComment()) {
                    continue;
                }
                if (token.is(TokenType.SEMICOLON) && parenDepth == 0) {
                    break;
                }
                if (token.is(TokenType.LEFT_PAREN)) {
                    parenDepth++;
                } else if (token.is(TokenType.RIGHT_PAREN) && parenDepth > 0) {
                    parenDepth--;
                }
                buffered.add(token);
                return;
            }
        } catch (SqlSyntaxException e) {
            // what was read so far is still worth classifying
        }
        exhausted = true;
    }
}
