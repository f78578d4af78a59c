package io.migrascope.core.sql;

/**
 * Turns increasing offsets into line and column numbers in one forward pass, so that positions cost
 * O(1) amortised even on a single multi-megabyte line.
 */
final class LineTracker {
    private final char[] text;
    private int offset;
    private int line = 1;
    private int column = 1;

    LineTracker(char[] text) {
        this.text = text;
    }

    /** Moves forward to {@code target}; offsets must not decrease between calls. */
    void advanceTo(int target) {
        for (; offset < target; offset++) {
            char c = text[offset];
            if (c == '\r' || (c == '\n' && (offset == 0 || text[offset - 1] != '\r'))) {
                line++;
                column = 1;
            } else if (c != '\n' && !Character.isLowSurrogate(c) && c != SqlLexer.BOM) {
                // Columns count what an editor shows: code points, and a byte order mark takes no space.
                column++;
            }
        }
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
