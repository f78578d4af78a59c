package io.migrascope.ui.sql;

import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.tool.Checksums;
import io.migrascope.core.tool.ExecutableSql;
import io.migrascope.core.tool.FileText;
import io.migrascope.core.tool.MigrationTool;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Works out what the SQL pane shows for a row: reads the files, asks the tool what apply runs of
 * them, finds what was applied for a drifted row, and highlights everything. Runs on a background
 * thread (file I/O, git and highlighting); the pane only draws the result.
 */
final class RowSqlReader {
    private final MigrationTool tool;
    private final AppliedVersionInGit git;

    RowSqlReader(MigrationTool tool) {
        this.tool = tool;
        this.git = new AppliedVersionInGit(tool);
    }

    RowSql read(MigrationRow row) throws IOException {
        if (row == null) {
            return new RowSql.Explanation("Select a migration to see its SQL.");
        }
        if (row.files().isEmpty()) {
            return fromTracking(row);
        }
        return switch (row.state()) {
            case DUPLICATE -> duplicates(row);
            case DRIFTED, DRIFTED_COSMETIC -> drift(row);
            default -> file(row, row.files().get(0));
        };
    }

    private RowSql file(MigrationRow row, MigrationFile file) throws IOException {
        Optional<String> text = decode(file);
        if (text.isEmpty()) {
            return notUtf8(file);
        }
        String body = FileText.withoutBom(text.get());
        List<String> heading = new ArrayList<>(List.of(file.file() + " — " + row.state() + ": "
                + row.state().meaning() + "."));
        ExecutableSql runs;
        try {
            runs = tool.executableSql(file, body);
        } catch (IllegalArgumentException e) {
            heading.add("Apply cannot run it: " + e.getMessage());
            return documents(heading, file, List.of(SqlDocument.of(file.file(), text.get())));
        }
        runs.nonTransactional().ifPresent(why -> heading.add("Runs outside a transaction: " + why + "."));
        if (runs.sql().equals(body)) {
            return documents(heading, file, List.of(SqlDocument.of(file.file(), text.get())));
        }
        heading.add(tool.displayName() + " runs only part of this file: the first tab is what apply runs,"
                + " the second the whole file.");
        return documents(heading, file, List.of(SqlDocument.of("What apply runs", runs.sql()),
                SqlDocument.of("Whole file: " + file.file(), text.get())));
    }

    private static RowSql documents(List<String> heading, MigrationFile file, List<SqlDocument> docs) {
        for (FileProblem p : file.problems()) {
            heading.add(p.message());
        }
        return new RowSql.Documents(String.join(" ", heading), docs);
    }

    private RowSql duplicates(MigrationRow row) throws IOException {
        List<SqlDocument> docs = new ArrayList<>();
        for (MigrationFile f : row.files()) {
            docs.add(SqlDocument.of(f.file(), decode(f).orElse("-- this file is not valid UTF-8; it cannot be shown")));
        }
        return new RowSql.Documents("Version " + row.version() + " is claimed by " + row.files().size()
                + " files; each tab shows one. Renumber the one that is not applied.", docs);
    }

    private RowSql fromTracking(MigrationRow row) {
        TrackedRow tracked = row.tracked();
        if (tracked == null) {
            return new RowSql.Explanation("Migration " + row.version() + " has neither a file nor a tracking row.");
        }
        Optional<String> stored = storedStatements(tracked);
        String what = "No file on disk claims version " + row.version() + " (" + row.state() + ").";
        if (stored.isPresent()) {
            return new RowSql.Documents(what + " Shown: the statements the tracking row stored when it was applied.",
                    List.of(SqlDocument.of("Stored in the tracking row", stored.get())));
        }
        return new RowSql.Explanation(what + " The tool (" + tool.displayName() + ") keeps no copy of the SQL it"
                + " ran, so there is nothing to show. Restore the file from version control, or delete the tracking"
                + " row if the migration was removed on purpose.\n\nThe tracking row says:\n" + describe(tracked));
    }

    private RowSql drift(MigrationRow row) throws IOException {
        MigrationFile file = row.files().get(0);
        Optional<String> text = decode(file);
        if (text.isEmpty()) {
            return notUtf8(file);
        }
        boolean cosmetic = row.state() == MigrationState.DRIFTED_COSMETIC;
        String heading = file.file() + " changed after it was applied.";
        String fileTitle = "The file on disk";
        Optional<String> stored = row.trackedRow().flatMap(RowSqlReader::storedStatements);
        if (stored.isPresent()) {
            return new RowSql.Drift(heading, DriftComparison.of(cosmetic, "What " + tool.displayName()
                    + " stored when it applied " + row.version(), stored.get(), fileTitle, text.get()));
        }
        Optional<AppliedVersionInGit.Committed> committed = git.find(file, row.tracked());
        if (committed.isPresent()) {
            AppliedVersionInGit.Committed c = committed.get();
            return new RowSql.Drift(heading, DriftComparison.of(cosmetic, capitalise(c.describe()), c.text(),
                    fileTitle, text.get()));
        }
        if (cosmetic) {
            return new RowSql.Drift(heading + " The applied text is not stored; the left side is the file as its"
                    + " checksum compares it, which is what was applied.", DriftComparison.of(true,
                    "The file normalised (line endings, BOM, trailing whitespace, blank lines taken out)",
                    Checksums.normalize(text.get()), fileTitle, text.get()));
        }
        return new RowSql.Documents(heading + " " + DriftComparison.CHANGED_VERDICT + " " + tool.displayName()
                + " keeps no copy of the applied SQL, and no commit of this file in git has the stored checksum ("
                + row.tracked().checksum() + "; the file's is " + file.checksum() + "), so only the file is shown."
                + " Compare it with your version control.",
                List.of(SqlDocument.of(file.file(), text.get())));
    }

    private static RowSql notUtf8(MigrationFile file) throws IOException {
        long offset = FileText.invalidUtf8Offset(Files.readAllBytes(file.path()));
        return new RowSql.Explanation(file.file() + " is not valid UTF-8 (the first bad byte is at offset " + offset
                + "), so PostgreSQL would receive garbled text. Save it as UTF-8 and look again.");
    }

    private static Optional<String> decode(MigrationFile file) throws IOException {
        return FileText.decode(Files.readAllBytes(file.path()));
    }

    /** Tools that keep what ran (Supabase's {@code statements text[]}) store it in the row itself. */
    static Optional<String> storedStatements(TrackedRow row) {
        if (row.columns().get("statements") instanceof List<?> list) {
            return Optional.of(list.stream().map(o -> o == null ? "" : o.toString())
                    .collect(Collectors.joining(";\n")) + (list.isEmpty() ? "" : ";\n"));
        }
        return Optional.empty();
    }

    private static String describe(TrackedRow row) {
        StringBuilder sb = new StringBuilder();
        sb.append("  name: ").append(row.name() == null ? "(none)" : row.name()).append('\n');
        sb.append("  outcome: ").append(row.outcome()).append('\n');
        if (row.appliedAt() != null) {
            sb.append("  applied at: ").append(row.appliedAt()).append('\n');
        }
        if (row.appliedBy() != null) {
            sb.append("  applied by: ").append(row.appliedBy()).append('\n');
        }
        if (row.checksum() != null) {
            sb.append("  checksum: ").append(row.checksum()).append('\n');
        }
        row.detail().forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
