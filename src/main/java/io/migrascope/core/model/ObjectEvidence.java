package io.migrascope.core.model;

import java.util.List;

/**
 * What the catalog says about the objects one file creates or changes: which are there, which
 * are not, which differ from the file (a column's type), and which a later file changes again so
 * their absence proves nothing.
 *
 * @param present    objects that exist as the file leaves them
 * @param missing    objects the file creates that do not exist
 * @param differing  objects that exist but not as the file leaves them
 * @param superseded objects a later file drops or changes again (not counted)
 * @param skipped    statements whose objects could not be read from the SQL (DO blocks ...)
 */
public record ObjectEvidence(List<String> present, List<String> missing, List<String> differing,
                             List<String> superseded, List<String> skipped) {

    public ObjectEvidence {
        present = List.copyOf(present);
        missing = List.copyOf(missing);
        differing = List.copyOf(differing);
        superseded = List.copyOf(superseded);
        skipped = List.copyOf(skipped);
    }

    /** The file's objects, in one word. */
    public enum Verdict {
        /** The file creates nothing the catalog could confirm (only DML, or only superseded objects). */
        NOTHING_TO_CHECK,
        ALL_PRESENT,
        SOME_PRESENT,
        NONE_PRESENT
    }

    public int checked() {
        return present.size() + missing.size() + differing.size();
    }

    public Verdict verdict() {
        if (checked() == 0) {
            return Verdict.NOTHING_TO_CHECK;
        }
        if (missing.isEmpty() && differing.isEmpty()) {
            return Verdict.ALL_PRESENT;
        }
        return present.isEmpty() ? Verdict.NONE_PRESENT : Verdict.SOME_PRESENT;
    }

    /** Evidence lines for the row ("12 of 13 objects present; missing: ..."). */
    public List<String> lines() {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        lines.add("catalog: " + present.size() + " of " + checked() + " objects the file leaves behind are present"
                + (superseded.isEmpty() ? "" : " (" + superseded.size() + " changed again by later files, not counted)"));
        if (!missing.isEmpty()) {
            lines.add("missing: " + String.join(", ", abbreviate(missing)));
        }
        if (!differing.isEmpty()) {
            lines.add("differs: " + String.join("; ", abbreviate(differing)));
        }
        if (!skipped.isEmpty()) {
            lines.add("not checked: " + String.join("; ", abbreviate(skipped)));
        }
        return lines;
    }

    private static List<String> abbreviate(List<String> items) {
        if (items.size() <= 12) {
            return items;
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>(items.subList(0, 12));
        out.add("and " + (items.size() - 12) + " more");
        return out;
    }
}
