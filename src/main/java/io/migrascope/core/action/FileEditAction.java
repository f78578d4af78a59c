package io.migrascope.core.action;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.migrascope.core.journal.JournalEntry.FileEdit;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.core.sql.SqlSplitter;
import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.sql.SqlSyntaxException;
import io.migrascope.core.sql.extract.Effect;
import io.migrascope.core.sql.extract.ObjectExtractor;
import io.migrascope.core.sql.extract.ObjectKind;
import io.migrascope.core.sql.extract.SchemaObject;
import io.migrascope.core.tool.FileText;
import io.migrascope.core.tool.MigrationTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Removes a second {@code CREATE TABLE} from a migration file that never ran here (seed 003: the
 * error-handling migration created {@code dead_letter_queue} again, and the team's "fixed" copy
 * simply left it out). Only the text of that one file changes; the journal keeps both texts, so
 * undo puts the old one back. A file that ran is never edited: the database remembers its text.
 */
public final class FileEditAction implements Action {
    private final Report report;
    private final Version version;
    private final String table;
    private final String file;
    private final FileEdit edit;
    private final String what;
    private final List<String> blockers;

    private FileEditAction(Report report, Version version, String table, String file, FileEdit edit, String what,
                           List<String> blockers) {
        this.report = report;
        this.version = version;
        this.table = table;
        this.file = file;
        this.edit = edit;
        this.what = what;
        this.blockers = List.copyOf(blockers);
    }

    /**
     * @param version the migration whose file creates {@code table} a second time
     * @param table   the table as the finding names it
     */
    public static FileEditAction removeCreation(Report report, MigrationTool tool, Version version, String table) {
        List<String> blockers = new ArrayList<>();
        MigrationRow row = report.row(version).orElse(null);
        if (row == null || row.files().size() != 1) {
            blockers.add("migration " + version + " is not one file in the folder");
            return blocked(report, version, table, blockers);
        }
        MigrationFile mf = row.files().get(0);
        if (row.tracked() != null && row.state() != MigrationState.PENDING) {
            blockers.add(mf.file() + " is " + row.state() + " here: a file that ran is never edited, the database"
                    + " remembers what it ran. Write a new migration instead.");
            return blocked(report, version, table, blockers);
        }
        String before;
        try {
            before = FileText.decode(Files.readAllBytes(mf.path())).orElse(null);
        } catch (IOException e) {
            blockers.add("cannot read " + mf.file() + ": " + e.getMessage());
            return blocked(report, version, table, blockers);
        }
        if (before == null) {
            blockers.add(mf.file() + " is not UTF-8 text");
            return blocked(report, version, table, blockers);
        }
        String text = FileText.withoutBom(before);
        if (!tool.executableSql(mf, text).sql().equals(text)) {
            // Statement offsets are positions in what runs; only where that is the whole file are they
            // positions in the file too.
            blockers.add("the " + report.tool() + " format runs only part of " + mf.file()
                    + "; remove the CREATE TABLE " + table + " by hand");
            return blocked(report, version, table, blockers);
        }
        Optional<SqlStatement> creation;
        try {
            creation = creationOf(text, table);
        } catch (SqlSyntaxException e) {
            blockers.add(mf.file() + " cannot be split into statements: " + e.getMessage());
            return blocked(report, version, table, blockers);
        }
        if (creation.isEmpty()) {
            blockers.add(mf.file() + " no longer creates table " + table);
            return blocked(report, version, table, blockers);
        }
        String after = (before.length() - text.length() == 1 ? before.substring(0, 1) : "")
                + without(text, creation.get());
        return new FileEditAction(report, version, table, mf.file(),
                new FileEdit(mf.path().toAbsolutePath().toString(), before, after),
                "remove statement " + creation.get().index() + " (CREATE TABLE " + table + ") from " + mf.file()
                        + "; the earlier migration that creates it stays as it is", blockers);
    }

    private static FileEditAction blocked(Report report, Version version, String table, List<String> blockers) {
        return new FileEditAction(report, version, table, null, null, null, blockers);
    }

    private static Optional<SqlStatement> creationOf(String text, String table) throws SqlSyntaxException {
        String wanted = table.toLowerCase(Locale.ROOT);
        for (SqlStatement s : SqlSplitter.split(text)) {
            for (SchemaObject o : ObjectExtractor.extract(List.of(s)).objects()) {
                if (o.kind() == ObjectKind.TABLE && o.effect() == Effect.CREATES
                        && (o.name().toLowerCase(Locale.ROOT).equals(wanted)
                        || (o.schema() + "." + o.name()).toLowerCase(Locale.ROOT).equals(wanted))) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The text without the statement, its semicolon and line, the comment lines right above it
     * (Prisma's "-- CreateTable") and the blank line that separated it from what came before.
     */
    static String without(String text, SqlStatement s) {
        int start = text.lastIndexOf('\n', s.startOffset() - 1) + 1;
        while (start > 0) {
            int prev = text.lastIndexOf('\n', start - 2) + 1;
            if (!text.substring(prev, start).strip().startsWith("--")) {
                break;
            }
            start = prev;
        }
        if (start >= 2 && text.charAt(start - 1) == '\n' && text.charAt(start - 2) == '\n') {
            start--;
        }
        int end = s.endOffset();
        while (end < text.length() && Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '\n') {
            end++;
        }
        if (end < text.length() && text.charAt(end) == ';') {
            end++;
        }
        int eol = text.indexOf('\n', end);
        end = eol < 0 ? text.length() : eol + 1;
        return text.substring(0, start) + text.substring(end);
    }

    public Version version() {
        return version;
    }

    public String table() {
        return table;
    }

    public FileEdit edit() {
        return edit;
    }

    public List<String> blockers() {
        return blockers;
    }

    public Report report() {
        return report;
    }

    @Override
    public Preview preview() {
        List<Preview.Step> steps = new ArrayList<>();
        if (edit != null) {
            steps.add(new Preview.Step(what + " (the old text goes into the journal; undo puts it back)",
                    unifiedDiff() + "\n"));
        }
        return new Preview("Edit " + (file == null ? version.text() : file) + ": it stops creating table " + table,
                report.database(), steps, blockers);
    }

    private String unifiedDiff() {
        List<String> a = edit.before().lines().toList();
        List<String> b = edit.after().lines().toList();
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("a/" + file, "b/" + file, a,
                DiffUtils.diff(a, b), 2));
    }

    /** The text as bytes, as it is written. */
    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
