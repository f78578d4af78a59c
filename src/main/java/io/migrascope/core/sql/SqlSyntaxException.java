package io.migrascope.core.sql;

/**
 * The text cannot be split because a construct opened at {@link #line()}:{@link #column()} never ends,
 * e.g. "unterminated dollar-quoted string $fn$ starting at line 12, column 5".
 */
public final class SqlSyntaxException extends Exception {
    private final int line;
    private final int column;
    private final int offset;

    /**
     * @param problem what is wrong, e.g. "unterminated quoted string"; the position is appended
     * @param line 1-based line where the construct starts
     * @param column 1-based column (in code points) where the construct starts
     * @param offset 0-based char offset where the construct starts
     */
    public SqlSyntaxException(String problem, int line, int column, int offset) {
        super(problem + " starting at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
        this.offset = offset;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** 0-based char offset into the text that was split, for editors that highlight by offset. */
    public int offset() {
        return offset;
    }
}
