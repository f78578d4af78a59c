package io.migrascope.core.audit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.migrascope.core.db.LockHolder;
import io.migrascope.core.journal.JournalEntry;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The current state as evidence for a ticket or an auditor: every row with its evidence, the
 * findings, and this database's journal entries — in Markdown, HTML or JSON. Nothing here reads
 * the database; the caller passes what it read, so the report says exactly what was seen.
 *
 * @param report      the state
 * @param folder      the migrations folder it was read from
 * @param holders     who held the migration lock at the time
 * @param journal     this database's journal entries, oldest first
 * @param generatedAt when
 */
public record EvidenceReport(Report report, String folder, List<LockHolder> holders, List<JournalEntry> journal,
                             Instant generatedAt) {

    public EvidenceReport {
        holders = List.copyOf(holders);
        journal = List.copyOf(journal);
    }

    /** The entries of {@code all} written to the report's database. */
    public static List<JournalEntry> forDatabase(List<JournalEntry> all, String database) {
        return all.stream().filter(e -> database.equals(e.database())).toList();
    }

    public String json() throws JsonProcessingException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("generatedAt", generatedAt.toString());
        doc.put("folder", folder);
        doc.put("state", ReportJson.document(report, holders));
        doc.put("journal", journal);
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Migration state of ").append(report.database()).append("\n\n");
        md.append("- generated: ").append(generatedAt).append('\n');
        md.append("- tool: ").append(report.tool()).append('\n');
        md.append("- folder: `").append(folder).append("`\n");
        md.append("- summary: ").append(summary()).append('\n');
        holders.forEach(h -> md.append("- migration lock held by ").append(h.describe()).append('\n'));
        md.append("\n## Findings\n\n");
        if (report.findings().isEmpty()) {
            md.append("None: the database and the folder agree.\n");
        }
        for (Finding f : report.findings()) {
            md.append("### ").append(f.severity()).append(' ').append(f.code())
                    .append(f.versions().isEmpty() ? "" : " — " + f.versions().stream().map(Object::toString)
                            .collect(Collectors.joining(", "))).append("\n\n");
            md.append(f.message()).append("\n\n");
            f.evidence().forEach(e -> md.append("- ").append(e).append('\n'));
            if (!f.actions().isEmpty()) {
                md.append("\nActions: ").append(f.actions().stream().map(a -> "`" + a.command() + "`")
                        .collect(Collectors.joining(", "))).append('\n');
            }
            md.append('\n');
        }
        md.append("## Migrations\n\n| state | version | file | applied at | applied by |\n|---|---|---|---|---|\n");
        for (MigrationRow r : report.rows()) {
            md.append("| ").append(r.state()).append(" | ").append(cell(r.version().text())).append(" | ")
                    .append(cell(files(r))).append(" | ")
                    .append(r.tracked() == null || r.tracked().appliedAt() == null ? "" : r.tracked().appliedAt())
                    .append(" | ").append(r.tracked() == null || r.tracked().appliedBy() == null ? ""
                            : cell(r.tracked().appliedBy())).append(" |\n");
        }
        md.append("\n## Evidence per migration\n");
        for (MigrationRow r : report.rows()) {
            if (r.state() == MigrationState.APPLIED && r.objects() == null) {
                continue;
            }
            md.append("\n**").append(r.version()).append(" ").append(r.name()).append("** — ").append(r.state())
                    .append("\n\n");
            r.evidence().forEach(e -> md.append("- ").append(e).append('\n'));
        }
        md.append("\n## Journal of this database\n\n");
        if (journal.isEmpty()) {
            md.append("No write by Migrascope is recorded for this database.\n");
        } else {
            md.append("| id | when | who | action | versions | rows -/+ | reason | state |\n|---|---|---|---|---|---|---|---|\n");
            for (JournalEntry e : journal) {
                md.append("| ").append(e.id()).append(" | ").append(e.at()).append(" | ").append(cell(e.osUser()))
                        .append(" as ").append(cell(e.dbRole())).append(" | ").append(e.action())
                        .append(e.undoOf() == null ? "" : " of " + e.undoOf()).append(" | ")
                        .append(cell(String.join(", ", e.versions()))).append(" | -").append(e.removed().size())
                        .append(" +").append(e.added().size()).append(" | ").append(cell(e.reason())).append(" | ")
                        .append(cell(e.state())).append(" |\n");
            }
        }
        return md.toString();
    }

    public String html() {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc("Migration state of " + report.database())).append("</title><style>"
                        + "body{font-family:system-ui,sans-serif;margin:2em;color:#1b1f24;max-width:72em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #c9ced6;padding:.25em .5em;text-align:left}"
                        + ".ERROR{color:#b3261e}.WARNING{color:#8a5300}.INFO{color:#0b57d0}"
                        + "code{background:#f1f3f5;padding:0 .2em}</style></head><body>\n");
        h.append("<h1>").append(esc("Migration state of " + report.database())).append("</h1>\n<ul><li>generated ")
                .append(esc(generatedAt.toString())).append("</li><li>tool ").append(esc(report.tool()))
                .append("</li><li>folder <code>").append(esc(folder)).append("</code></li><li>")
                .append(esc(summary())).append("</li>");
        holders.forEach(x -> h.append("<li>migration lock held by ").append(esc(x.describe())).append("</li>"));
        h.append("</ul>\n<h2>Findings</h2>\n");
        if (report.findings().isEmpty()) {
            h.append("<p>None: the database and the folder agree.</p>\n");
        }
        for (Finding f : report.findings()) {
            h.append("<h3 class=\"").append(f.severity()).append("\">").append(f.severity()).append(' ')
                    .append(f.code()).append(' ').append(esc(f.versions().stream().map(Object::toString)
                            .collect(Collectors.joining(", ")))).append("</h3>\n<p>").append(esc(f.message()))
                    .append("</p>\n<ul>");
            f.evidence().forEach(e -> h.append("<li>").append(esc(e)).append("</li>"));
            h.append("</ul>\n");
        }
        h.append("<h2>Migrations</h2>\n<table><tr><th>state</th><th>version</th><th>file</th><th>applied at</th>"
                + "<th>evidence</th></tr>\n");
        for (MigrationRow r : report.rows()) {
            h.append("<tr><td>").append(r.state()).append("</td><td>").append(esc(r.version().text())).append("</td><td>")
                    .append(esc(files(r))).append("</td><td>")
                    .append(r.tracked() == null || r.tracked().appliedAt() == null ? "" : r.tracked().appliedAt())
                    .append("</td><td>").append(esc(String.join("; ", r.evidence()))).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Journal of this database</h2>\n");
        if (journal.isEmpty()) {
            h.append("<p>No write by Migrascope is recorded for this database.</p>\n");
        } else {
            h.append("<table><tr><th>id</th><th>when</th><th>who</th><th>action</th><th>versions</th><th>rows</th>"
                    + "<th>reason</th><th>state</th></tr>\n");
            for (JournalEntry e : journal) {
                h.append("<tr><td>").append(esc(e.id())).append("</td><td>").append(e.at()).append("</td><td>")
                        .append(esc(e.osUser() + " as " + e.dbRole())).append("</td><td>").append(esc(e.action()))
                        .append("</td><td>").append(esc(String.join(", ", e.versions()))).append("</td><td>-")
                        .append(e.removed().size()).append(" +").append(e.added().size()).append("</td><td>")
                        .append(esc(e.reason())).append("</td><td>").append(esc(e.state())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private String summary() {
        return report.summary().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    private static String files(MigrationRow r) {
        return r.files().isEmpty() ? "(no file)" : r.files().stream().map(f -> f.file()).collect(Collectors.joining(" + "));
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
