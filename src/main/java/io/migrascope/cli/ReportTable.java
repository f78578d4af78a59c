package io.migrascope.cli;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The human-readable status: one line per migration, then the findings, then the counts. */
final class ReportTable {
    private final PrintWriter out;

    ReportTable(PrintWriter out) {
        this.out = out;
    }

    void print(Report report, Audit audit) {
        out.println("Migrascope status: " + report.tool() + " format, " + report.database()
                + ", folder " + audit.folder());
        out.println();
        List<MigrationRow> rows = report.rows();
        String[] names = new String[rows.size()];
        int nameWidth = 4;
        for (int i = 0; i < names.length; i++) {
            names[i] = fileNames(rows.get(i));
            nameWidth = Math.max(nameWidth, names[i].length());
        }
        nameWidth = Math.min(nameWidth, 60);
        int versionWidth = Math.max(7, report.rows().stream().mapToInt(r -> r.version().text().length()).max().orElse(7));
        out.println(line("STATE", "VERSION", versionWidth, "FILE", nameWidth, "APPLIED AT"));
        LocalTimes when = new LocalTimes(ZoneId.systemDefault());
        for (int i = 0; i < names.length; i++) {
            MigrationRow r = rows.get(i);
            String applied = r.tracked() == null || r.tracked().appliedAt() == null
                    ? "" : when.format(r.tracked().appliedAt());
            out.println(line(r.state().name(), r.version().text(), versionWidth, names[i], nameWidth, applied));
        }
        if (report.rows().isEmpty()) {
            out.println("(no migrations in the folder and none tracked)");
        }
        if (!report.findings().isEmpty()) {
            out.println();
            out.println("Findings:");
            for (Finding f : report.findings()) {
                out.println("  " + f.severity() + " " + f.code() + ": " + f.message());
                for (String e : f.code().name().equals("IGNORED_FILE") ? f.evidence() : java.util.List.<String>of()) {
                    out.println("      " + e);
                }
                if (!f.actions().isEmpty()) {
                    StringJoiner a = new StringJoiner(", ");
                    f.actions().forEach(k -> a.add(k.command()));
                    out.println("      actions: " + a);
                }
            }
        }
        out.println();
        StringJoiner counts = new StringJoiner(", ");
        for (Map.Entry<MigrationState, Integer> e : report.summary().entrySet()) {
            if (e.getValue() > 0) {
                counts.add(e.getValue() + " " + e.getKey().name());
            }
        }
        out.println("Summary: " + (counts.length() == 0 ? "nothing to report" : counts));
    }

    /**
     * One row as {@code String.format("%-16s  %-Vs  %-Ns  %s")} would print it, trailing blanks cut.
     * Padded by hand: parsing the format string again for each of 10,000 rows cost a tenth of a
     * status run.
     */
    private static String line(String state, String version, int versionWidth, String file, int nameWidth,
                               String applied) {
        StringBuilder sb = new StringBuilder(48 + versionWidth + nameWidth);
        pad(sb, state, 16).append("  ");
        pad(sb, version, versionWidth).append("  ");
        pad(sb, file, nameWidth).append("  ").append(applied);
        int end = sb.length();
        while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        sb.setLength(end);
        return sb.toString();
    }

    private static StringBuilder pad(StringBuilder sb, String text, int width) {
        sb.append(text);
        for (int i = text.length(); i < width; i++) {
            sb.append(' ');
        }
        return sb;
    }

    private static String fileNames(MigrationRow r) {
        if (r.files().isEmpty()) {
            return "(no file; tracked as " + r.name() + ")";
        }
        StringJoiner j = new StringJoiner(" + ");
        for (MigrationFile f : r.files()) {
            j.add(f.file());
        }
        return j.toString();
    }
}
