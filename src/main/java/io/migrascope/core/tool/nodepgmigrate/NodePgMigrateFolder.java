package io.migrascope.core.tool.nodepgmigrate;

import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.ChecksumAlgorithm;
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
import java.util.Locale;
import java.util.Map;

/**
 * Reads a folder as node-pg-migrate does (src/migration.ts, getMigrationFilePaths): every file
 * directly in it except those starting with a dot (the default {@code --ignore-pattern}), named by
 * its base name without the extension. SQL files are run by node-pg-migrate's SQL loader; every
 * other file is imported as a JavaScript or TypeScript module.
 */
final class NodePgMigrateFolder {
    /** Extensions node-pg-migrate can import as modules, and what users call them. */
    static final Map<String, String> MODULES = Map.of(
            "js", "JavaScript", "cjs", "JavaScript", "mjs", "JavaScript",
            "ts", "TypeScript", "cts", "TypeScript", "mts", "TypeScript");

    private NodePgMigrateFolder() {
    }

    /** The migrations folder: {@code --dir} itself, or its {@code migrations/} when --dir is the project. */
    static Path resolve(Path folder) {
        Path sub = folder.resolve("migrations");
        boolean project = Files.exists(folder.resolve("package.json")) || Files.exists(folder.resolve(".pgmigraterc"));
        if (project && Files.isDirectory(sub)) {
            return sub;
        }
        return folder;
    }

    static FileScan scan(Path given) throws IOException {
        Path folder = resolve(given);
        if (!Files.isDirectory(folder)) {
            throw Files.exists(folder)
                    ? new NotDirectoryException(folder + " is not a folder; pass node-pg-migrate's migrations folder")
                    : new NoSuchFileException(folder + " does not exist; pass node-pg-migrate's migrations folder");
        }
        List<FileCandidate> candidates = new ArrayList<>();
        List<IgnoredFile> ignored = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                classify(entry, candidates, ignored);
            }
        }
        // node-pg-migrate sorts the file names (with their extensions), not the migration names.
        candidates.sort(Comparator.comparing(FileCandidate::file, NodePgMigrateOrder.INSTANCE)
                .thenComparing(FileCandidate::file));
        ignored.sort(Comparator.comparing(IgnoredFile::file));
        List<MigrationFile> files = FileReader.read(candidates, ChecksumAlgorithm.SHA256_OF_BYTES).stream()
                .map(NodePgMigrateFolder::withToolProblems).toList();
        return new FileScan(files, ignored);
    }

    private static void classify(Path entry, List<FileCandidate> candidates, List<IgnoredFile> ignored) {
        String fileName = entry.getFileName().toString();
        if (fileName.startsWith(".")) {
            ignored.add(new IgnoredFile(fileName, "starts with a dot: node-pg-migrate's default --ignore-pattern skips it"));
            return;
        }
        if (Files.isDirectory(entry)) {
            ignored.add(new IgnoredFile(fileName, "a folder: node-pg-migrate reads only the files directly in the"
                    + " migrations folder"));
            return;
        }
        String extension = extension(fileName);
        if (!extension.equals("sql") && !MODULES.containsKey(extension)) {
            ignored.add(new IgnoredFile(fileName, "not .sql, .js or .ts: node-pg-migrate would still try to load it"
                    + " as a migration and stop with \"Can't get migration files\"; move it out of the folder or"
                    + " exclude it with --ignore-pattern"));
            return;
        }
        String name = migrationName(fileName);
        candidates.add(new FileCandidate(Version.textual(name), description(name), fileName, entry));
    }

    /** The migration's name as node-pg-migrate records it: the base name without the extension. */
    static String migrationName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The part after the timestamp, for display ("create-users"). */
    static String description(String name) {
        int underscore = name.indexOf('_');
        return underscore > 0 && NodePgMigrateOrder.hasTimestampPrefix(name) ? name.substring(underscore + 1) : name;
    }

    private static MigrationFile withToolProblems(MigrationFile f) {
        List<FileProblem> problems = new ArrayList<>(f.problems());
        String language = MODULES.get(extension(f.file()));
        if (language != null) {
            problems.add(new FileProblem(FileProblem.Kind.NOT_EXECUTABLE, "is " + language
                    + ": run it with node-pg-migrate up; Migrascope can mark it applied"));
        }
        if (!NodePgMigrateOrder.hasTimestampPrefix(f.file())) {
            problems.add(new FileProblem(FileProblem.Kind.NOTE, "has no 13-digit or 17-digit timestamp prefix:"
                    + " node-pg-migrate logs \"Can't determine timestamp\" and orders it by the number it can read"
                    + " (or first)"));
        }
        if (problems.size() == f.problems().size()) {
            return f;
        }
        return new MigrationFile(f.version(), f.name(), f.file(), f.path(), f.size(), f.checksum(),
                f.normalizedChecksum(), problems);
    }
}
