package io.migrascope.core.tool;

import java.util.List;

/**
 * How strongly a folder and a database look like one tool's, and why. {@code --tool auto} takes
 * the strongest; equal strengths are reported as ambiguous with every candidate.
 *
 * @param tool     the tool id
 * @param score    0 = not this tool; files matching the layout count more than a table
 * @param evidence what matched, in words
 */
public record Detection(String tool, int score, List<String> evidence) {
    public static final int NONE = 0;
    /** A tracking table with this tool's exact columns. */
    public static final int TABLE = 10;
    /** Files in this tool's layout. */
    public static final int FILES = 20;
    /** A marker only this tool writes (migration_lock.toml, meta/_journal.json, -- migrate:up ...). */
    public static final int MARKER = 40;

    public Detection {
        evidence = List.copyOf(evidence);
    }

    public static Detection none(String tool) {
        return new Detection(tool, NONE, List.of());
    }

    public boolean matches() {
        return score > NONE;
    }
}
