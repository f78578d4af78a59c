package io.migrascope.core.sql;

/** Kinds of token the {@link SqlLexer} produces. Whitespace never becomes a token; comments do. */
public enum TokenType {
    /** Unquoted identifier or keyword; PostgreSQL does not tell them apart lexically. */
    WORD,
    /** {@code "..."} or {@code U&"..."}. */
    QUOTED_IDENTIFIER,
    /** {@code '...'}, {@code E'...'}, {@code N'...'} or {@code U&'...'}. */
    STRING,
    /** {@code B'...'} or {@code X'...'}. */
    BIT_STRING,
    /** {@code $$...$$} or {@code $tag$...$tag$}. */
    DOLLAR_STRING,
    NUMBER,
    /** Positional parameter such as {@code $1}. */
    PARAMETER,
    /** Any operator, including {@code =}, {@code <>}, {@code :=}, {@code =>} and {@code ..}. */
    OPERATOR,
    LEFT_PAREN,
    RIGHT_PAREN,
    LEFT_BRACKET,
    RIGHT_BRACKET,
    COMMA,
    SEMICOLON,
    COLON,
    /** {@code ::} */
    TYPECAST,
    DOT,
    /** {@code -- ...} up to, not including, the line break. */
    LINE_COMMENT,
    /** {@code /* ... *}{@code /}, possibly nested. */
    BLOCK_COMMENT,
    /** A character PostgreSQL's grammar has no use for, such as a backslash or a lone {@code $}. */
    OTHER;

    public boolean isComment() {
        return this == LINE_COMMENT || this == BLOCK_COMMENT;
    }
}
