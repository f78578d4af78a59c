package io.migrascope.core.tool.golangmigrate;

import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.ChecksumAlgorithm;
import io.migrascope.core.tool.FileCandidate;
import io.migrascope.core.tool.FileReader;
import io.migrascope.core.tool.FileScan;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files golang-migrate's file source reads ({@code source/iofs}, {@code source/parse.go}):
 * {@code <version>_<name>.up.<ext>} is a migration, {@code .down.<ext>} its companion. Versions are
 * uint64 and ordered numerically.
 */
final class GolangMigrateFolder {
    /** {@code source.Regex}. Any extension: the postgres driver runs whatever the file holds. */
    static final Pattern FILE = Pattern.compile("^([0-9]+)_(.*)\\.(down|up)\\.(.*)$");
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private GolangMigrateFolder() {
    }

    static FileScan scan(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw Files.exists(folder)
                    ? new NotDirectoryException(folder + " is not a folder; pass the folder given to migrate -path")
                    : new NoSuchFileException(folder + " does not exist; pass the folder given to migrate -path");
        }
        List<FileCandidate> ups = new ArrayList<>();
        List<Path> downs = new ArrayList<>();
        List<IgnoredFile> ignored = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                classify(entry, ups, downs, ignored);
            }
        }
        Set<Version> upVersions = new HashSet<>();
        ups.forEach(c -> upVersions.add(c.version()));
        for (Path down : downs) {
            Matcher m = FILE.matcher(down.getFileName().toString());
            m.matches();
            if (!upVersions.contains(Version.parse(m.group(1)))) {
                // A down file alone still puts its version in golang-migrate's index; up runs it as an empty step.
                ignored.add(new IgnoredFile(down.getFileName().toString(), "down migration of " + m.group(1)
                        + ", which has no .up file: golang-migrate records version " + m.group(1)
                        + " without running anything on up"));
            }
        }
        ups.sort(Comparator.comparing(FileCandidate::version).thenComparing(FileCandidate::file));
        ignored.sort(Comparator.comparing(IgnoredFile::file));
        return new FileScan(FileReader.read(ups, ChecksumAlgorithm.SHA256_OF_BYTES), ignored);
    }

    private static void classify(Path entry, List<FileCandidate> ups, List<Path> downs, List<IgnoredFile> ignored) {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry)) {
            ignored.add(new IgnoredFile(name, "a folder: golang-migrate reads only the files directly in its -path"));
            return;
        }
        Matcher m = FILE.matcher(name);
        if (!m.matches()) {
            ignored.add(new IgnoredFile(name, "golang-migrate skips it: the name is not"
                    + " <version>_<name>.up.sql or <version>_<name>.down.sql"));
            return;
        }
        if (new BigInteger(m.group(1)).compareTo(UINT64_MAX) > 0) {
            ignored.add(new IgnoredFile(name, "golang-migrate skips it: the version " + m.group(1)
                    + " does not fit its 64-bit version number"));
            return;
        }
        if (!Files.isRegularFile(entry)) {
            ignored.add(new IgnoredFile(name, "not a regular file (a broken symbolic link or a special file)"));
        } else if (m.group(3).equals("up")) {
            ups.add(new FileCandidate(Version.parse(m.group(1)), m.group(2), name, entry));
        } else {
            downs.add(entry);
        }
    }

    /** How many files in the folder are named like golang-migrate up or down migrations. */
    static boolean isMigrationFile(String name) {
        return FILE.matcher(name).matches();
    }
}
