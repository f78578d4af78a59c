package io.migrascope.ui.sql;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/**
 * A file side by side with what was applied: the lines, aligned and marked, the two pane texts
 * (fillers included) with their highlighting, and the verdict in words. Invisible characters are
 * shown — {@value #CR} for a carriage return, {@value #SPACE} and {@value #TAB} for trailing blanks,
 * {@value #BOM} for a byte order mark — because a cosmetic change consists of exactly those.
 *
 * @param cosmetic   whether the report says the change is cosmetic only (DRIFTED_COSMETIC)
 * @param verdict    the verdict in one sentence
 * @param leftTitle  what the left side is (what was applied, and where it came from)
 * @param rightTitle what the right side is (the file on disk)
 * @param lines      the aligned rows
 * @param left       the left pane's text, one paragraph per row, highlighted
 * @param right      the right pane's text
 */
public record DriftComparison(boolean cosmetic, String verdict, String leftTitle, String rightTitle,
                              List<DiffLine> lines, SqlDocument left, SqlDocument right) {
    public static final String CR = "\u21B5";
    public static final String SPACE = "\u00B7";
    public static final String TAB = "\u2192";
    public static final String BOM = "\u2039BOM\u203A";
    public static final String COSMETIC_VERDICT = "Cosmetic only: line endings / BOM / trailing whitespace / blank"
            + " lines. The SQL is the same.";
    public static final String CHANGED_VERDICT = "The SQL changed: the file no longer says what the database ran.";

    public DriftComparison {
        lines = List.copyOf(lines);
    }

    /** Compares two texts line by line; runs on a background thread (it highlights both sides). */
    public static DriftComparison of(boolean cosmetic, String leftTitle, String leftText, String rightTitle,
                                     String rightText) {
        List<DiffLine> lines = align(visibleLines(leftText), visibleLines(rightText));
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                left.append('\n');
                right.append('\n');
            }
            DiffLine line = lines.get(i);
            left.append(line.left() == null ? "" : line.left());
            right.append(line.right() == null ? "" : line.right());
        }
        return new DriftComparison(cosmetic, cosmetic ? COSMETIC_VERDICT : CHANGED_VERDICT, leftTitle, rightTitle,
                lines, SqlDocument.of(leftTitle, left.toString()), SqlDocument.of(rightTitle, right.toString()));
    }

    public List<DiffLine> changes() {
        return lines.stream().filter(DiffLine::isChange).toList();
    }

    /** Lines of {@code text}; a final line break ends the last line rather than starting an empty one. */
    static List<String> visibleLines(String text) {
        List<String> out = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        int count = text.endsWith("\n") ? raw.length - 1 : raw.length;
        for (int i = 0; i < count; i++) {
            out.add(visible(raw[i], i == 0));
        }
        return out;
    }

    static String visible(String line, boolean first) {
        StringBuilder sb = new StringBuilder();
        String body = line;
        if (first && body.startsWith("\uFEFF")) {
            sb.append(BOM);
            body = body.substring(1);
        }
        boolean cr = body.endsWith("\r");
        if (cr) {
            body = body.substring(0, body.length() - 1);
        }
        int end = body.length();
        while (end > 0 && (body.charAt(end - 1) == ' ' || body.charAt(end - 1) == '\t')) {
            end--;
        }
        sb.append(body, 0, end);
        for (int i = end; i < body.length(); i++) {
            sb.append(body.charAt(i) == '\t' ? TAB : SPACE);
        }
        if (cr) {
            sb.append(CR);
        }
        return sb.toString();
    }

    private static List<DiffLine> align(List<String> left, List<String> right) {
        List<DiffLine> out = new ArrayList<>();
        int l = 0;
        int r = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(left, right).getDeltas()) {
            while (l < delta.getSource().getPosition()) {
                out.add(new DiffLine(DiffLine.Kind.SAME, left.get(l), right.get(r), ++l, ++r));
            }
            int removed = delta.getSource().size();
            int added = delta.getTarget().size();
            if (delta.getType() == DeltaType.EQUAL) {
                for (int i = 0; i < removed; i++) {
                    out.add(new DiffLine(DiffLine.Kind.SAME, left.get(l), right.get(r), ++l, ++r));
                }
                continue;
            }
            for (int i = 0; i < Math.max(removed, added); i++) {
                boolean hasLeft = i < removed;
                boolean hasRight = i < added;
                DiffLine.Kind kind = hasLeft && hasRight ? DiffLine.Kind.CHANGED
                        : hasLeft ? DiffLine.Kind.REMOVED : DiffLine.Kind.ADDED;
                out.add(new DiffLine(kind, hasLeft ? left.get(l + i) : null, hasRight ? right.get(r + i) : null,
                        hasLeft ? l + i + 1 : 0, hasRight ? r + i + 1 : 0));
            }
            l += removed;
            r += added;
        }
        while (l < left.size()) {
            out.add(new DiffLine(DiffLine.Kind.SAME, left.get(l), right.get(r), ++l, ++r));
        }
        return out;
    }
}
