package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlLexer;
import io.migrascope.core.sql.SqlSyntaxException;
import io.migrascope.core.sql.SqlToken;
import io.migrascope.core.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The significant tokens of one statement (comments dropped) with a read position. The parsers here
 * are hand-written recursive descent over this; they only need look-ahead of a few tokens and a way to
 * step over balanced parentheses without understanding what is inside.
 */
final class TokenStream {
    private final List<SqlToken> tokens;
    private int pos;

    TokenStream(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    /** The statement text's tokens without comments and without a trailing semicolon. */
    static TokenStream of(String text) {
        List<SqlToken> significant = new ArrayList<>();
        try {
            for (SqlToken t : SqlLexer.tokenize(text)) {
                if (!t.type().isComment()) {
                    significant.add(t);
                }
            }
        } catch (SqlSyntaxException e) {
            throw new ParseFailure(e.getMessage());
        }
        while (!significant.isEmpty() && significant.get(significant.size() - 1).is(TokenType.SEMICOLON)) {
            significant.remove(significant.size() - 1);
        }
        return new TokenStream(significant);
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    /** The token {@code ahead} positions on, or null past the end. */
    SqlToken peek(int ahead) {
        int i = pos + ahead;
        return i < tokens.size() ? tokens.get(i) : null;
    }

    SqlToken peek() {
        return peek(0);
    }

    /** The token just consumed. */
    SqlToken previous() {
        return pos > 0 ? tokens.get(pos - 1) : null;
    }

    SqlToken next() {
        if (atEnd()) {
            throw new ParseFailure("unexpected end of statement");
        }
        return tokens.get(pos++);
    }

    boolean peekWord(String... keywords) {
        SqlToken t = peek();
        return t != null && t.isAnyWord(keywords);
    }

    boolean peekWordAt(int ahead, String keyword) {
        SqlToken t = peek(ahead);
        return t != null && t.isWord(keyword);
    }

    boolean peekIs(TokenType type) {
        SqlToken t = peek();
        return t != null && t.is(type);
    }

    boolean peekIsAt(int ahead, TokenType type) {
        SqlToken t = peek(ahead);
        return t != null && t.is(type);
    }

    /** Consumes the next token if it is one of the words. */
    boolean accept(String... keywords) {
        if (peekWord(keywords)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes the words only if all of them come next, in order. */
    boolean acceptSequence(String... keywords) {
        for (int i = 0; i < keywords.length; i++) {
            if (!peekWordAt(i, keywords[i])) {
                return false;
            }
        }
        pos += keywords.length;
        return true;
    }

    boolean accept(TokenType type) {
        if (peekIs(type)) {
            pos++;
            return true;
        }
        return false;
    }

    SqlToken expectWord(String keyword) {
        if (!peekWord(keyword)) {
            throw new ParseFailure(keyword.toUpperCase(Locale.ROOT) + " expected, found " + describeNext());
        }
        return next();
    }

    SqlToken expect(TokenType type) {
        if (!peekIs(type)) {
            throw new ParseFailure(type + " expected, found " + describeNext());
        }
        return next();
    }

    boolean peekIdentifier() {
        SqlToken t = peek();
        return t != null && (t.is(TokenType.WORD) || t.is(TokenType.QUOTED_IDENTIFIER));
    }

    /** One identifier, normalised like the server stores it. */
    String identifier() {
        if (!peekIdentifier()) {
            throw new ParseFailure("name expected, found " + describeNext());
        }
        return next().identifierName();
    }

    /** {@code a}, {@code a.b}, {@code a.b.c} ...: every part, normalised. */
    List<String> identifierChain() {
        List<String> parts = new ArrayList<>();
        parts.add(identifier());
        while (peekIs(TokenType.DOT)
                && (peekIsAt(1, TokenType.WORD) || peekIsAt(1, TokenType.QUOTED_IDENTIFIER))) {
            pos++;
            parts.add(identifier());
        }
        return parts;
    }

    QualifiedName qualifiedName() {
        return QualifiedName.of(identifierChain());
    }

    /** Consumes a parenthesised group and returns the tokens inside it. */
    TokenStream parenthesised() {
        expect(TokenType.LEFT_PAREN);
        int start = pos;
        int depth = 1;
        while (true) {
            SqlToken t = next();
            if (t.is(TokenType.LEFT_PAREN) || t.is(TokenType.LEFT_BRACKET)) {
                depth++;
            } else if (t.is(TokenType.RIGHT_PAREN) || t.is(TokenType.RIGHT_BRACKET)) {
                depth--;
                if (depth == 0) {
                    return new TokenStream(tokens.subList(start, pos - 1));
                }
            }
        }
    }

    /** Skips a parenthesised group if one comes next. */
    void skipParenthesised() {
        if (peekIs(TokenType.LEFT_PAREN)) {
            parenthesised();
        }
    }

    /**
     * Splits the remaining tokens at top-level commas (outside parentheses and brackets). The parts
     * share this stream's tokens; an empty input gives no parts.
     */
    List<TokenStream> splitTopLevel(TokenType separator) {
        List<TokenStream> parts = new ArrayList<>();
        int depth = 0;
        int start = pos;
        for (int i = pos; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.is(TokenType.LEFT_PAREN) || t.is(TokenType.LEFT_BRACKET)) {
                depth++;
            } else if (t.is(TokenType.RIGHT_PAREN) || t.is(TokenType.RIGHT_BRACKET)) {
                depth--;
            } else if (depth == 0 && t.is(separator)) {
                parts.add(new TokenStream(tokens.subList(start, i)));
                start = i + 1;
            }
        }
        if (start < tokens.size() || !parts.isEmpty()) {
            parts.add(new TokenStream(tokens.subList(start, tokens.size())));
        }
        pos = tokens.size();
        return parts;
    }

    /** Index (from the current position) of the first top-level word among {@code keywords}, or -1. */
    int findTopLevelWord(String... keywords) {
        int depth = 0;
        for (int i = pos; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.is(TokenType.LEFT_PAREN) || t.is(TokenType.LEFT_BRACKET)) {
                depth++;
            } else if (t.is(TokenType.RIGHT_PAREN) || t.is(TokenType.RIGHT_BRACKET)) {
                depth--;
            } else if (depth == 0 && t.isAnyWord(keywords)) {
                return i - pos;
            }
        }
        return -1;
    }

    /** The remaining tokens, without consuming them. */
    List<SqlToken> remaining() {
        return tokens.subList(pos, tokens.size());
    }

    void skipToEnd() {
        pos = tokens.size();
    }

    String describeNext() {
        SqlToken t = peek();
        return t == null ? "end of statement" : "'" + t.text() + "'";
    }
}
