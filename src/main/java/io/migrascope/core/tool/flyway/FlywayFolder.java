package io.migrascope.core.tool.flyway;

import io.migrascope.core.tool.FolderListing;
import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.tool.FileCandidate;
import io.migrascope.core.tool.FileReader;
import io.migrascope.core.tool.FileScan;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * A Flyway {@code filesystem:} location: Flyway reads it recursively (checked against the real
 * tool: {@code sub/deeper/V21__x.sql} runs, its {@code script} column holding that relative path),
 * so files are named by their path relative to the folder, with {@code /} separators.
 */
final class FlywayFolder {
    private FlywayFolder() {
    }

    static FileScan scan(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw Files.exists(folder)
                    ? new NotDirectoryException(folder + " is not a folder; pass the Flyway location that holds the"
                            + " V__ and R__ files")
                    : new NoSuchFileException(folder + " does not exist; pass the Flyway location that holds the V__"
                            + " and R__ files");
        }
        List<FileCandidate> candidates = new ArrayList<>();
        List<IgnoredFile> ignored = new ArrayList<>();
        for (Entry entry : files(folder)) {
            classify(folder, entry, candidates, ignored);
        }
        candidates.sort(Comparator.comparing(FileCandidate::version).thenComparing(FileCandidate::file));
        ignored.sort(Comparator.comparing(IgnoredFile::file));
        List<MigrationFile> files = FileReader.read(candidates, FlywayChecksum.INSTANCE);
        return new FileScan(files, ignored);
    }

    /** How many files of each kind Flyway would run, for detection; 0 when the folder is absent. */
    static int migrationCount(FolderListing folder) throws IOException {
        return migrationCount(folder, 0);
    }

    /**
     * Flyway reads sub-folders too; only names that are not migrations are asked whether they are
     * folders, and the depth is bounded, which stops a link loop without tracking visited folders.
     */
    private static int migrationCount(FolderListing folder, int depth) throws IOException {
        int count = 0;
        for (String name : folder.names()) {
            FlywayFileName.Kind kind = FlywayFileName.parse(name).kind();
            if (kind == FlywayFileName.Kind.VERSIONED || kind == FlywayFileName.Kind.REPEATABLE) {
                count++;
            } else if (depth < MAX_DETECTION_DEPTH && !name.endsWith(".sql") && folder.isDirectory(name)) {
                count += migrationCount(folder.child(name), depth + 1);
            }
        }
        return count;
    }

    private static final int MAX_DETECTION_DEPTH = 8;

    /** An entry of the walk, with the attributes the walk read (null when it could not read them). */
    private record Entry(Path path, BasicFileAttributes attributes) {
    }

    /** Every entry that is not a folder, in any depth; links are followed, loops are not. */
    private static List<Entry> files(Path folder) throws IOException {
        List<Entry> out = new ArrayList<>();
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        out.add(new Entry(file, attrs));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // A loop or an unreadable entry: listed as ignored, with the reason, below.
                        out.add(new Entry(file, null));
                        return FileVisitResult.CONTINUE;
                    }
                });
        return out;
    }

    private static void classify(Path folder, Entry walked, List<FileCandidate> candidates,
                                 List<IgnoredFile> ignored) {
        Path entry = walked.path();
        String relative = FileScan.relativeName(folder, entry);
        // The walk's attributes (links followed) answer both questions without two more stats per file.
        BasicFileAttributes attributes = walked.attributes();
        if (attributes != null ? attributes.isDirectory() : Files.isDirectory(entry)) {
            ignored.add(new IgnoredFile(relative, "a folder Flyway cannot enter (a link loop or no permission)"));
            return;
        }
        if (!(attributes != null ? attributes.isRegularFile() : Files.isRegularFile(entry))) {
            ignored.add(new IgnoredFile(relative, Files.isSymbolicLink(entry)
                    ? "a symbolic link that leads nowhere readable (broken or a loop)" : "not a regular file"));
            return;
        }
        FlywayFileName name = FlywayFileName.parse(entry.getFileName().toString());
        switch (name.kind()) {
            case VERSIONED, REPEATABLE -> candidates.add(
                    new FileCandidate(name.identity(), name.description(), relative, entry));
            case CALLBACK -> ignored.add(new IgnoredFile(relative,
                    "a Flyway callback script: Flyway runs it around its commands and never records it"));
            case BASELINE_MIGRATION -> ignored.add(new IgnoredFile(relative,
                    "a Flyway baseline migration: Flyway runs it only on an empty database, in place of the versioned"
                            + " migrations up to version " + name.displayVersion() + ", and records it as SQL_BASELINE;"
                            + " Migrascope does not run baseline migrations (use Flyway for a fresh database)"));
            case INVALID -> ignored.add(new IgnoredFile(relative, "Flyway skips it: " + name.reason()
                    + ". Rename it V<version>__<description>.sql or R__<description>.sql to have it run"));
            default -> ignored.add(new IgnoredFile(relative, relative.endsWith(".sql.conf")
                    ? "Flyway's per-script settings for " + relative.substring(0, relative.length() - 5)
                    : name.reason()));
        }
    }
}
