package io.migrascope.core.sql;

import java.util.Objects;

/**
 * One token of SQL source. Holds a reference to the source rather than its own copy of the text, so a
 * large file does not turn into a million small strings unless someone asks for them.
 */
public final class SqlToken {
    private final String source;
    private final TokenType type;
    private final int startOffset;
    private final int endOffset;
    private final int line;
    private final int column;

    SqlToken(String source, TokenType type, int startOffset, int endOffset, int line, int column) {
        this.source = source;
        this.type = type;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.line = line;
        this.column = column;
    }

    public TokenType type() {
        return type;
    }

    /** The token exactly as written, quotes and prefixes included. */
    public String text() {
        return source.substring(startOffset, endOffset);
    }

    /** 0-based offset of the first char. */
    public int startOffset() {
        return startOffset;
    }

    /** 0-based offset just past the last char. */
    public int endOffset() {
        return endOffset;
    }

    /** 1-based line of the first char. */
    public int line() {
        return line;
    }

    /** 1-based column of the first char, counted in code points. */
    public int column() {
        return column;
    }

    public boolean is(TokenType expected) {
        return type == expected;
    }

    /**
     * Whether this is the unquoted word {@code keyword}, ignoring ASCII case only — the server folds
     * nothing else, so a non-ASCII look-alike never matches.
     */
    public boolean isWord(String keyword) {
        int length = endOffset - startOffset;
        if (type != TokenType.WORD || length != keyword.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (SqlLiterals.asciiLower(source.charAt(startOffset + i)) != SqlLiterals.asciiLower(keyword.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether this is any one of the given unquoted words. */
    public boolean isAnyWord(String... keywords) {
        for (String keyword : keywords) {
            if (isWord(keyword)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name this token denotes as the server would store it: words are folded to lower case (ASCII
     * only), quoted identifiers are unquoted and unescaped, and both are cut to 63 bytes like
     * NAMEDATALEN. A {@code U&"..."} identifier is decoded with the default escape {@code \}; a
     * following UESCAPE clause is a separate token and is not applied.
     *
     * @throws IllegalStateException for tokens other than WORD and QUOTED_IDENTIFIER
     */
    public String identifierName() {
        return switch (type) {
            case WORD -> SqlLiterals.truncateIdentifier(SqlLiterals.asciiLowerCase(text()));
            case QUOTED_IDENTIFIER -> SqlLiterals.truncateIdentifier(SqlLiterals.unquoteIdentifier(text()));
            default -> throw new IllegalStateException(type + " is not an identifier: " + text());
        };
    }

    /**
     * The value of a string constant: quotes removed and escapes applied ({@code ''}, E'' backslash
     * escapes, U&'' escapes with the default escape char), the body of a dollar quote, or the digits
     * of a bit string.
     *
     * @throws IllegalStateException for tokens other than STRING, DOLLAR_STRING and BIT_STRING
     */
    public String stringValue() {
        return switch (type) {
            case STRING -> SqlLiterals.stringValue(text());
            case DOLLAR_STRING -> SqlLiterals.dollarBody(text());
            case BIT_STRING -> SqlLiterals.undoubleQuotes(text().substring(2, text().length() - 1), '\'');
            default -> throw new IllegalStateException(type + " is not a string constant: " + text());
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SqlToken t && type == t.type && startOffset == t.startOffset && endOffset == t.endOffset
                && line == t.line && column == t.column && text().equals(t.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, startOffset, endOffset);
    }

    @Override
    public String toString() {
        return type + " " + text() + " @" + line + ":" + column;
    }
}
