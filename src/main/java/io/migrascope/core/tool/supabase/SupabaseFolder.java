package io.migrascope.core.tool.supabase;

import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.Version;
import io.migrascope.core.sql.SqlSyntaxException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files the Supabase CLI reads ({@code pkg/migration/list.go ListLocalMigrations}): the regular
 * files of {@code supabase/migrations} named {@code <digits>_<name>.sql}, in file-name order, the
 * legacy {@code <14 digits>_init.sql} skipped when it is the first entry.
 */
final class SupabaseFolder {
    /** {@code migrateFilePattern} in pkg/migration/file.go. */
    static final Pattern FILE = Pattern.compile("^([0-9]+)_(.*)\\.sql$");
    /** {@code initSchemaPattern} in list.go: unanchored, as Go's FindStringSubmatch uses it. */
    private static final Pattern LEGACY_INIT = Pattern.compile("([0-9]{14})_init\\.sql");
    private static final long LEGACY_INIT_BEFORE = 20211209000000L;

    /**
     * The stored statements' fingerprint as the file's checksum, so that an unchanged file compares
     * equal without reading it again. A file our splitter cannot cut gets a marker that never matches.
     */
    static final ChecksumAlgorithm STATEMENTS = (bytes, text) -> {
        if (text == null) {
            return "unsplittable:" + Checksums.sha256(bytes);
        }
        try {
            return SupabaseStatements.digest(SupabaseStatements.split(text));
        } catch (SqlSyntaxException e) {
            return "unsplittable:" + Checksums.sha256(bytes);
        }
    };

    private SupabaseFolder() {
    }

    /**
     * Where the migrations are when {@code folder} is what the user passed: {@code supabase/migrations}
     * itself, the project root above it, or the {@code supabase} folder with its {@code config.toml}.
     */
    static Path migrationsDir(Path folder) {
        Path fromRoot = folder.resolve("supabase").resolve("migrations");
        if (Files.isDirectory(fromRoot)) {
            return fromRoot;
        }
        Path fromSupabase = folder.resolve("migrations");
        if (Files.isRegularFile(folder.resolve("config.toml")) && Files.isDirectory(fromSupabase)) {
            return fromSupabase;
        }
        return folder;
    }

    static FileScan scan(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw Files.exists(folder)
                    ? new NotDirectoryException(folder + " is not a folder; pass supabase/migrations or the project root")
                    : new NoSuchFileException(folder + " does not exist; pass supabase/migrations or the project root");
        }
        Path dir = migrationsDir(folder);
        String prefix = dir.equals(folder) ? "" : FileScan.relativeName(folder, dir) + "/";
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        }
        // Go's os.ReadDir sorts by name, and only the first entry may be the legacy init file.
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<FileCandidate> candidates = new ArrayList<>();
        List<IgnoredFile> ignored = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Path entry = entries.get(i);
            String name = entry.getFileName().toString();
            String shown = prefix + name;
            if (Files.isDirectory(entry)) {
                ignored.add(new IgnoredFile(shown, "a folder: the Supabase CLI reads only the files directly in "
                        + (prefix.isEmpty() ? "the migrations folder" : prefix)));
            } else if (i == 0 && isLegacyInit(name)) {
                ignored.add(new IgnoredFile(shown, "the legacy first migration <timestamp>_init.sql from before"
                        + " 2021-12-09: the Supabase CLI skips it (replace \"init\" with a different file name to"
                        + " apply it)"));
            } else if (!Files.isRegularFile(entry)) {
                ignored.add(new IgnoredFile(shown, "not a regular file (a broken symbolic link or a special file)"));
            } else {
                Matcher m = FILE.matcher(name);
                if (m.matches()) {
                    candidates.add(new FileCandidate(Version.textual(m.group(1)), m.group(2), shown, entry));
                } else {
                    ignored.add(new IgnoredFile(shown, "the Supabase CLI skips it: the file name must match"
                            + " <timestamp>_name.sql"));
                }
            }
        }
        List<MigrationFile> files = FileReader.read(candidates, STATEMENTS);
        return new FileScan(files, ignored);
    }

    static boolean isLegacyInit(String name) {
        Matcher m = LEGACY_INIT.matcher(name);
        return m.find() && Long.parseLong(m.group(1)) < LEGACY_INIT_BEFORE;
    }
}
