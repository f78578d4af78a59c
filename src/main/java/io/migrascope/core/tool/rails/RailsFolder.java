package io.migrascope.core.tool.rails;

import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.ChecksumAlgorithm;
import io.migrascope.core.tool.FileCandidate;
import io.migrascope.core.tool.FileReader;
import io.migrascope.core.tool.FileScan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code db/migrate} as ActiveRecord's MigrationContext does (activerecord/lib/active_record/
 * migration.rb): every file under it, at any depth, matching {@code [0-9]*_*.rb}; its base name must
 * then match {@code MigrationFilenameRegexp}, or Rails stops with IllegalMigrationNameError.
 */
final class RailsFolder {
    /** Migration::MigrationFilenameRegexp. */
    static final Pattern FILENAME = Pattern.compile("([0-9]+)_([_a-z0-9]*)\\.?([_a-z0-9]*)?\\.rb");
    /** The glob of migration_files: {@code **}{@code /[0-9]*_*.rb}. */
    private static final Pattern GLOB = Pattern.compile("[0-9].*_.*\\.rb");
    private static final Pattern LEADING_DIGITS = Pattern.compile("([0-9]+).*");

    private RailsFolder() {
    }

    /** {@code db/migrate} when --dir is the application root or {@code db/}; else --dir itself. */
    static Path resolve(Path folder) {
        if (Files.isDirectory(folder.resolve("db").resolve("migrate"))) {
            return folder.resolve("db").resolve("migrate");
        }
        Path name = folder.getFileName();
        if (name != null && name.toString().equals("db") && Files.isDirectory(folder.resolve("migrate"))) {
            return folder.resolve("migrate");
        }
        return folder;
    }

    static FileScan scan(Path given) throws IOException {
        Path folder = resolve(given);
        if (!Files.isDirectory(folder)) {
            throw Files.exists(folder)
                    ? new NotDirectoryException(folder + " is not a folder; pass the application, db/ or db/migrate")
                    : new NoSuchFileException(folder + " does not exist; pass the application, db/ or db/migrate");
        }
        List<FileCandidate> candidates = new ArrayList<>();
        List<IgnoredFile> ignored = new ArrayList<>();
        Map<FileCandidate, String> illegal = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.equals(folder) || Files.isDirectory(p)) {
                    continue;
                }
                String relative = FileScan.relativeName(folder, p);
                String base = p.getFileName().toString();
                Matcher m = FILENAME.matcher(base);
                if (m.matches()) {
                    String scope = m.group(3) == null || m.group(3).isEmpty() ? "" : " (scope " + m.group(3) + ")";
                    candidates.add(new FileCandidate(Version.parse(m.group(1)), m.group(2) + scope, relative, p));
                } else if (GLOB.matcher(base).matches()) {
                    Matcher digits = LEADING_DIGITS.matcher(base);
                    digits.matches();
                    FileCandidate c = new FileCandidate(Version.parse(digits.group(1)), base, relative, p);
                    candidates.add(c);
                    illegal.put(c, "Illegal name for migration file: " + base
                            + " (only lower case letters, numbers, and '_' allowed)");
                } else {
                    ignored.add(new IgnoredFile(relative, "not a Rails migration (<version>_<name>.rb)"));
                }
            }
        }
        candidates.sort(Comparator.comparing(FileCandidate::version).thenComparing(FileCandidate::file));
        ignored.sort(Comparator.comparing(IgnoredFile::file));
        Map<String, String> illegalByFile = new LinkedHashMap<>();
        illegal.forEach((c, why) -> illegalByFile.put(c.file(), why));
        List<MigrationFile> read = FileReader.read(candidates, ChecksumAlgorithm.SHA256_OF_BYTES);
        return new FileScan(withToolProblems(read, illegalByFile), ignored);
    }

    private static List<MigrationFile> withToolProblems(List<MigrationFile> files, Map<String, String> illegal) {
        Map<String, List<MigrationFile>> byClass = new LinkedHashMap<>();
        for (MigrationFile f : files) {
            if (!illegal.containsKey(f.file())) {
                byClass.computeIfAbsent(className(f), k -> new ArrayList<>()).add(f);
            }
        }
        List<MigrationFile> out = new ArrayList<>(files.size());
        for (MigrationFile f : files) {
            List<FileProblem> problems = new ArrayList<>(f.problems());
            problems.add(new FileProblem(FileProblem.Kind.NOT_EXECUTABLE,
                    "is Ruby: run it with bin/rails db:migrate; Migrascope can mark it applied"));
            String why = illegal.get(f.file());
            if (why != null) {
                problems.add(new FileProblem(FileProblem.Kind.UNREADABLE, "stops every bin/rails db:migrate"
                        + " (IllegalMigrationNameError: " + why + "); rename it"));
            }
            List<MigrationFile> sameClass = why == null ? byClass.get(className(f)) : List.of();
            if (sameClass.size() > 1) {
                problems.add(new FileProblem(FileProblem.Kind.UNREADABLE, "stops every bin/rails db:migrate"
                        + " (DuplicateMigrationNameError: Multiple migrations have the name " + className(f) + ".);"
                        + " rename one of " + sameClass.stream().map(MigrationFile::file).toList()));
            }
            out.add(new MigrationFile(f.version(), f.name(), f.file(), f.path(), f.size(), f.checksum(),
                    f.normalizedChecksum(), problems));
        }
        return out;
    }

    /** The class name Rails expects: {@code name.camelize} of the name part ("create_users" is CreateUsers). */
    static String className(MigrationFile f) {
        Matcher m = FILENAME.matcher(f.path().getFileName().toString());
        String snake = m.matches() ? m.group(2) : f.name();
        StringBuilder out = new StringBuilder(snake.length());
        boolean upper = true;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
