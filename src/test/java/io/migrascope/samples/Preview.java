package io.migrascope.samples;

import io.migrascope.testing.CliRun;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of a {@code --dry-run} preview that docs/formats.md quotes: the statements a repair
 * writes (without the BEGIN/COMMIT and the tracking table's CREATE ... IF NOT EXISTS that every
 * preview repeats), the tracking statements apply writes after a file, and the reasons a refused
 * action gives.
 */
final class Preview {
    private static final String DDL_COMMENT = "-- the tool's tracking table, if it does not exist yet:";
    private static final String BLOCKED = "-- BLOCKED: ";
    private static final Pattern FILE_STEP = Pattern.compile("-- \\d+/\\d+ ");

    private Preview() {
    }

    /**
     * The statements of a repair preview, one per line as rendered, after the tool's DDL
     * ({@code createSql}, whose statements each end with {@code ;}) and before COMMIT.
     */
    static String repairStatements(CliRun run, List<String> createSql) {
        String out = run.out();
        int start = out.indexOf(DDL_COMMENT);
        int end = out.lastIndexOf("COMMIT;");
        if (start < 0 || end < 0) {
            throw new AssertionError("no repair statements in:\n" + run);
        }
        String body = out.substring(start + DDL_COMMENT.length() + 1, end);
        for (String ddl : createSql) {
            String rendered = ddl + ";\n";
            if (!body.startsWith(rendered)) {
                throw new AssertionError("expected the DDL " + ddl + " in:\n" + run);
            }
            body = body.substring(rendered.length());
        }
        return body.stripTrailing();
    }

    /** Why the action was refused, one reason per line. */
    static String blockers(CliRun run) {
        List<String> reasons = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (line.startsWith(BLOCKED)) {
                reasons.add(line.substring(BLOCKED.length()));
            }
        }
        if (reasons.isEmpty()) {
            throw new AssertionError("expected a refusal in:\n" + run);
        }
        return String.join("\n", reasons);
    }

    /**
     * The step line of the last file in an apply preview ({@code -- 7/7 file — how it runs}) and the
     * statements it writes to {@code table}; empty when apply would run no file.
     */
    static String applyRecord(CliRun run, String table) {
        String[] lines = run.out().split("\n");
        int last = -1;
        for (int i = 0; i < lines.length; i++) {
            if (FILE_STEP.matcher(lines[i]).lookingAt()) {
                last = i;
            }
        }
        if (last < 0) {
            return "";
        }
        List<String> quoted = new ArrayList<>(List.of(lines[last]));
        for (int i = last + 1; i < lines.length; i++) {
            if (lines[i].contains(table) && !lines[i].startsWith("--")) {
                quoted.add(lines[i]);
            }
        }
        return String.join("\n", quoted);
    }
}
