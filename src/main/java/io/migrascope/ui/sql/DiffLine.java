package io.migrascope.ui.sql;

/**
 * One row of a side-by-side comparison. A side is null where the other side has a line it lacks
 * (the pane shows an empty filler there, so both sides stay aligned).
 *
 * @param kind        how the two sides relate
 * @param left        the left line with invisible characters made visible, or null
 * @param right       the right line, or null
 * @param leftNumber  the 1-based line number on the left, or 0 for a filler
 * @param rightNumber the 1-based line number on the right, or 0 for a filler
 */
public record DiffLine(Kind kind, String left, String right, int leftNumber, int rightNumber) {

    public enum Kind {
        SAME,
        CHANGED,
        /** Only on the right (the file has it, the applied text does not). */
        ADDED,
        /** Only on the left. */
        REMOVED
    }

    public boolean isChange() {
        return kind != Kind.SAME;
    }
}
