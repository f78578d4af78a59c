package io.migrascope.core.audit.compare;

import io.migrascope.core.model.MigrationState;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The grid as CSV (RFC 4180) and as a self-contained HTML page, for auditors. */
public final class ComparisonExport {
    private ComparisonExport() {
    }

    public static String csv(Comparison c, boolean onlyDiffering) {
        StringBuilder out = new StringBuilder();
        out.append("version,name");
        for (String env : c.environments()) {
            out.append(',').append(csvField(env + " state")).append(',').append(csvField(env + " applied at"))
                    .append(',').append(csvField(env + " checksum"));
        }
        out.append("\r\n");
        for (ComparisonRow row : rows(c, onlyDiffering)) {
            out.append(csvField(row.version())).append(',').append(csvField(row.name()));
            for (Cell cell : row.cells()) {
                out.append(',').append(csvField(stateText(cell))).append(',')
                        .append(csvField(cell.appliedAt() == null ? "" : cell.appliedAt().toString())).append(',')
                        .append(csvField(cell.trackedChecksum() == null ? "" : cell.trackedChecksum()));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    public static String html(Comparison c, boolean onlyDiffering) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Migrascope: environments compared</title><style>"
                + "body{font-family:system-ui,sans-serif;margin:2em;color:#1b1f24}"
                + "table{border-collapse:collapse}td,th{border:1px solid #c9ced6;padding:.3em .6em;text-align:left}"
                + "tr.differs td:first-child{border-left:4px solid #b3261e}.err{color:#b3261e}"
                + ".APPLIED{background:#dcefdc}.PENDING{background:#dbe7fb}.OUT_OF_ORDER{background:#fde5cc}"
                + ".DRIFTED{background:#f9d5d3}.DRIFTED_COSMETIC{background:#fbf1c4}.FAILED{background:#eec0c0}"
                + ".MISSING_FILE{background:#e7d9f3}.DUPLICATE{background:#f6d3ec}.UNTRACKED{background:#cfeeee}"
                + ".PARTIAL{background:#fbe3b8}.ROLLED_BACK{background:#e4e4e4}.BASELINE{background:#dde3ea}"
                + "</style></head><body>\n<h1>Environments compared</h1>\n");
        for (EnvironmentResult r : c.results()) {
            if (!r.ok()) {
                out.append("<p class=\"err\">").append(escape(r.name())).append(": ").append(escape(r.error()))
                        .append("</p>\n");
            }
        }
        out.append("<table><thead><tr><th>version</th><th>name</th>");
        c.environments().forEach(e -> out.append("<th>").append(escape(e)).append("</th>"));
        out.append("</tr></thead><tbody>\n");
        for (ComparisonRow row : rows(c, onlyDiffering)) {
            out.append("<tr").append(row.differs() ? " class=\"differs\"" : "").append("><td>")
                    .append(escape(row.version())).append("</td><td>").append(escape(row.name())).append("</td>");
            for (Cell cell : row.cells()) {
                String state = stateText(cell);
                out.append("<td class=\"").append(cell.state() == null ? "" : cell.state().name()).append("\">")
                        .append(escape(state));
                if (cell.appliedAt() != null) {
                    out.append("<br><small>").append(escape(DateTimeFormatter.ISO_INSTANT.format(cell.appliedAt())))
                            .append("</small>");
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody></table>\n</body></html>\n").toString();
    }

    private static List<ComparisonRow> rows(Comparison c, boolean onlyDiffering) {
        return onlyDiffering ? c.differing() : c.rows();
    }

    static String stateText(Cell cell) {
        MigrationState s = cell.state();
        return s == null ? "unknown" : s.name();
    }

    private static String csvField(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
