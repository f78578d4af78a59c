package io.migrascope.core.tool.dbmate;

import io.migrascope.core.tool.FolderListing;
import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.ChecksumAlgorithm;
import io.migrascope.core.tool.Checksums;
import io.migrascope.core.tool.FileCandidate;
import io.migrascope.core.tool.FileReader;
import io.migrascope.core.tool.FileScan;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files dbmate reads ({@code pkg/dbmate/db.go FindMigrations}): files directly in
 * {@code db/migrations} matching {@code ^(\d+).*\.sql$}, the leading digits being the version (as
 * text: {@code 001} and {@code 1} are two versions to dbmate), sorted by file name.
 */
final class DbmateFolder {
    /** {@code migrationFileRegexp}. */
    static final Pattern FILE = Pattern.compile("^(\\d+).*\\.sql$");

    private DbmateFolder() {
    }

    /** {@code db/migrations} below a project root, or the folder itself. */
    static Path migrationsDir(Path folder) {
        Path conventional = folder.resolve("db").resolve("migrations");
        return Files.isDirectory(conventional) ? conventional : folder;
    }

    static FileScan scan(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw Files.exists(folder)
                    ? new NotDirectoryException(folder + " is not a folder; pass db/migrations or the project root")
                    : new NoSuchFileException(folder + " does not exist; pass db/migrations or the project root");
        }
        Path dir = migrationsDir(folder);
        String prefix = dir.equals(folder) ? "" : "db/migrations/";
        List<FileCandidate> candidates = new ArrayList<>();
        List<IgnoredFile> ignored = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Matcher m = FILE.matcher(name);
                if (Files.isDirectory(entry)) {
                    ignored.add(new IgnoredFile(prefix + name, "a folder: dbmate reads only the files directly in"
                            + " its migrations folder"));
                } else if (!m.matches()) {
                    ignored.add(new IgnoredFile(prefix + name, "dbmate skips it: the name must start with the"
                            + " version digits and end in .sql"));
                } else if (!Files.isRegularFile(entry)) {
                    ignored.add(new IgnoredFile(prefix + name, "not a regular file (a broken symbolic link or a"
                            + " special file)"));
                } else {
                    candidates.add(new FileCandidate(Version.textual(m.group(1)), nameOf(name, m.group(1)),
                            prefix + name, entry));
                }
            }
        }
        // dbmate's order is the file name's (Go string order); apply follows the same order.
        candidates.sort(Comparator.comparing(FileCandidate::file));
        ignored.sort(Comparator.comparing(IgnoredFile::file));
        Map<String, Verdict> parsed = new ConcurrentHashMap<>();
        ChecksumAlgorithm parseWhileHashing = new ChecksumAlgorithm.SideEffecting((bytes, text) -> {
            String sum = Checksums.sha256(bytes);
            if (text != null) {
                // Keyed by content: files with equal bytes parse alike, so no file is read twice.
                parsed.computeIfAbsent(sum, s -> Verdict.of(DbmateMigrationText.parse(text)));
            }
            return sum;
        });
        List<MigrationFile> files = new ArrayList<>(candidates.size());
        for (MigrationFile f : FileReader.read(candidates, parseWhileHashing)) {
            files.add(withDbmateProblems(f, f.checksum() == null ? null : parsed.get(f.checksum())));
        }
        return new FileScan(files, ignored);
    }

    private static String nameOf(String fileName, String digits) {
        String rest = fileName.substring(digits.length(), fileName.length() - ".sql".length());
        return rest.startsWith("_") ? rest.substring(1) : rest;
    }

    /** What the scan keeps of a parse: not the text, so 100,000 files cost a few bytes each. */
    private record Verdict(String error, boolean upIsEmpty) {
        static Verdict of(DbmateMigrationText text) {
            return new Verdict(text.error(), text.error() == null && text.upIsEmpty());
        }
    }

    private static MigrationFile withDbmateProblems(MigrationFile f, Verdict text) {
        if (text == null) {
            return f;
        }
        List<FileProblem> problems = new ArrayList<>(f.problems());
        if (text.error() != null) {
            problems.add(new FileProblem(FileProblem.Kind.UNREADABLE, "cannot be run: " + text.error() + "; "
                    + fix(text.error(), f)));
        } else if (text.upIsEmpty() && !f.has(FileProblem.Kind.EMPTY)) {
            problems.add(new FileProblem(FileProblem.Kind.EMPTY, "holds no SQL in its -- migrate:up block"));
        }
        return new MigrationFile(f.version(), f.name(), f.file(), f.path(), f.size(), f.checksum(),
                f.normalizedChecksum(), problems);
    }

    private static String fix(String error, MigrationFile f) {
        if (error.equals(DbmateMigrationText.MISSING_UP) && f.has(FileProblem.Kind.NOTE)) {
            return "the byte order mark at the start of the file hides the first line's marker from dbmate;"
                    + " re-save the file without it";
        }
        return switch (error) {
            case DbmateMigrationText.MISSING_UP -> "start the file with a line '-- migrate:up'";
            case DbmateMigrationText.MISSING_DOWN -> "add a line '-- migrate:down' after the up block (the block may"
                    + " stay empty)";
            case DbmateMigrationText.WRONG_ORDER -> "put the '-- migrate:up' block before the '-- migrate:down' block";
            default -> "move those statements below the '-- migrate:up' line";
        };
    }

    /** The names of those of the first few migration files whose opening bytes hold dbmate's {@code -- migrate:up} marker. */
    static List<String> markedFiles(FolderListing folder, int filesToRead, int bytesToRead) throws IOException {
        FolderListing dir = folder.at(migrationsDir(folder.folder()));
        List<String> marked = new ArrayList<>();
        int read = 0;
        for (String name : dir.names()) {
            if (read >= filesToRead) {
                break;
            }
            if (name.endsWith(".sql") && FILE.matcher(name).matches() && dir.isRegularFile(name)) {
                read++;
                if (DbmateMigrationText.hasUpMarker(dir.head(name, bytesToRead))) {
                    marked.add(name);
                }
            }
        }
        return marked;
    }

}
