package io.migrascope.core.tool.knex;

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
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a migrations directory as Knex's FsMigrations does (lib/migrations/migrate/sources/
 * fs-migrations.js): the entries directly in it, sorted by file name as JavaScript compares strings
 * (lodash sortBy), kept when {@code path.extname} is one of the default load extensions
 * (lib/migrations/common/MigrationsLoader.js). The migration's name is the file name with its extension.
 */
final class KnexFolder {
    /** DEFAULT_LOAD_EXTENSIONS, with what users call each. */
    static final Map<String, String> LOAD_EXTENSIONS = Map.of(
            ".co", "CoffeeScript", ".coffee", "CoffeeScript", ".eg", "Eg", ".iced", "IcedCoffeeScript",
            ".js", "JavaScript", ".cjs", "JavaScript", ".litcoffee", "CoffeeScript", ".ls", "LiveScript",
            ".ts", "TypeScript");
    private static final List<String> KNEXFILES = List.of("knexfile.js", "knexfile.ts", "knexfile.cjs", "knexfile.mjs",
            "knexfile.coffee");
    private static final Pattern TIMESTAMPED = Pattern.compile("(\\d{14})_(.*)");

    private KnexFolder() {
    }

    /** {@code --dir} itself, or its {@code migrations/} when --dir is the project holding the knexfile. */
    static Path resolve(Path folder) {
        Path sub = folder.resolve("migrations");
        return knexfileIn(folder).isPresent() && Files.isDirectory(sub) ? sub : folder;
    }

    /** A knexfile in the folder, its parent or its grandparent (the project root of db/migrations). */
    static Optional<Path> knexfileNear(Path migrations) {
        Path dir = migrations.toAbsolutePath();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            Optional<Path> found = knexfileIn(dir);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> knexfileIn(Path dir) {
        return KNEXFILES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
    }

    static FileScan scan(Path given) throws IOException {
        Path folder = resolve(given);
        if (!Files.isDirectory(folder)) {
            throw Files.exists(folder)
                    ? new NotDirectoryException(folder + " is not a folder; pass Knex's migrations directory")
                    : new NoSuchFileException(folder + " does not exist; pass Knex's migrations directory");
        }
        List<FileCandidate> candidates = new ArrayList<>();
        List<IgnoredFile> ignored = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String fileName = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    ignored.add(new IgnoredFile(fileName, "a folder: Knex reads only the files directly in its"
                            + " migrations directory"));
                } else if (language(fileName) == null) {
                    ignored.add(new IgnoredFile(fileName, "Knex skips it: its extension is not one of Knex's load"
                            + " extensions (.js, .cjs, .ts, .coffee, ...)"));
                } else {
                    candidates.add(new FileCandidate(Version.textual(fileName), description(fileName), fileName, entry));
                }
            }
        }
        // lodash sortBy compares strings with < and >: UTF-16 code unit order, which is String.compareTo.
        candidates.sort(Comparator.comparing(FileCandidate::file));
        ignored.sort(Comparator.comparing(IgnoredFile::file));
        List<MigrationFile> files = FileReader.read(candidates, ChecksumAlgorithm.SHA256_OF_BYTES).stream()
                .map(KnexFolder::notExecutable).toList();
        return new FileScan(files, ignored);
    }

    /** The language of a file Knex loads, or null when Knex skips the file. */
    static String language(String fileName) {
        int dot = fileName.lastIndexOf('.');
        // path.extname: the last dot, unless it starts the name.
        return dot > 0 ? LOAD_EXTENSIONS.get(fileName.substring(dot)) : null;
    }

    /** The base name without extension: what a .js to .ts rename keeps. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The part after Knex's 14-digit timestamp, for display. */
    static String description(String fileName) {
        Matcher m = TIMESTAMPED.matcher(stem(fileName));
        return m.matches() ? m.group(2) : stem(fileName);
    }

    static boolean isTimestamped(String fileName) {
        return TIMESTAMPED.matcher(stem(fileName)).matches();
    }

    private static MigrationFile notExecutable(MigrationFile f) {
        List<FileProblem> problems = new ArrayList<>(f.problems());
        problems.add(new FileProblem(FileProblem.Kind.NOT_EXECUTABLE, "is " + language(f.file())
                + ": run it with knex migrate:latest; Migrascope can mark it applied"));
        return new MigrationFile(f.version(), f.name(), f.file(), f.path(), f.size(), f.checksum(),
                f.normalizedChecksum(), problems);
    }
}
