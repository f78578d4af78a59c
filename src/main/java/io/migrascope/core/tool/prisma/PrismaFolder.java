package io.migrascope.core.tool.prisma;

import io.migrascope.core.tool.FolderListing;
import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.FileCandidate;
import io.migrascope.core.tool.FileReader;
import io.migrascope.core.tool.FileScan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The migrations folder as Prisma lists it ({@code listMigrations.ts} in the CLI, formerly
 * {@code list_migrations} in the engine): every sub-folder is a migration named by the folder,
 * whose script is {@code migration.sql}; {@code migration_lock.toml} names the provider.
 */
final class PrismaFolder {
    static final String SCRIPT = "migration.sql";
    static final String LOCK_FILE = "migration_lock.toml";
    /** drizzle-kit's v1 layout also has {@code <ts>_<name>/migration.sql}, always with this beside it. */
    static final String DRIZZLE_SNAPSHOT = "snapshot.json";

    private PrismaFolder() {
    }

    /**
     * The migrations folder for {@code --dir}: the folder itself, its {@code migrations}
     * (when given {@code prisma/}) or its {@code prisma/migrations} (when given the project root).
     * The one holding {@code migration_lock.toml} wins, then the one holding migration folders.
     */
    static Path locate(Path dir) throws IOException {
        List<Path> candidates = List.of(dir, dir.resolve("migrations"), dir.resolve("prisma").resolve("migrations"));
        for (Path c : candidates) {
            if (Files.isRegularFile(c.resolve(LOCK_FILE))) {
                return c;
            }
        }
        for (Path c : candidates) {
            if (firstMigrationFolder(c).isPresent()) {
                return c;
            }
        }
        return dir;
    }

    /** As {@link #locate(Path)}, on a shared listing (detection). */
    static FolderListing locate(FolderListing dir) throws IOException {
        List<FolderListing> candidates = List.of(dir, dir.child("migrations"), dir.child("prisma").child("migrations"));
        for (FolderListing c : candidates) {
            if (c.isRegularFile(LOCK_FILE)) {
                return c;
            }
        }
        for (FolderListing c : candidates) {
            if (firstMigrationFolder(c).isPresent()) {
                return c;
            }
        }
        return dir;
    }

    /** As {@link #firstMigrationFolder(Path)}, on a shared listing. */
    static Optional<String> firstMigrationFolder(FolderListing folder) throws IOException {
        return folder.firstFolderWith(List.of(SCRIPT), List.of(DRIZZLE_SNAPSHOT));
    }

    /** A sub-folder with a migration.sql and no drizzle snapshot, if there is one. */
    static Optional<String> firstMigrationFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path d : entries) {
                if (Files.isRegularFile(d.resolve(SCRIPT)) && !Files.exists(d.resolve(DRIZZLE_SNAPSHOT))) {
                    return Optional.of(d.getFileName().toString());
                }
            }
        }
        return Optional.empty();
    }

    /** The provider line of migration_lock.toml, read the way the engine's {@code read_provider_from_lock_file} does. */
    static Optional<String> provider(Path migrations) throws IOException {
        Path lock = migrations.resolve(LOCK_FILE);
        if (!Files.isRegularFile(lock)) {
            return Optional.empty();
        }
        String content = new String(Files.readAllBytes(lock), StandardCharsets.UTF_8);
        return Optional.of(content.lines().filter(l -> l.startsWith("provider")).findFirst()
                .map(l -> stripQuotes(l.startsWith("provider = ") ? l.substring("provider = ".length()) : l))
                .orElse("<PROVIDER NOT FOUND>"));
    }

    private static String stripQuotes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '"') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '"') {
            end--;
        }
        return s.substring(start, end);
    }

    static FileScan scan(Path dir) throws IOException {
        Path migrations = locate(dir);
        if (!Files.isDirectory(migrations)) {
            throw Files.exists(migrations)
                    ? new NotDirectoryException(migrations + " is not a folder; pass prisma/migrations, prisma/ or the project root")
                    : new NoSuchFileException(migrations + " does not exist; pass prisma/migrations, prisma/ or the project root");
        }
        List<FileCandidate> candidates = new ArrayList<>();
        List<MigrationFile> withoutScript = new ArrayList<>();
        List<IgnoredFile> ignored = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(migrations)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    Path script = entry.resolve(SCRIPT);
                    if (Files.isRegularFile(script)) {
                        candidates.add(new FileCandidate(Version.textual(name), description(name), name + "/" + SCRIPT, script));
                    } else {
                        withoutScript.add(noScript(name, script));
                    }
                } else if (!name.equals(LOCK_FILE)) {
                    ignored.add(new IgnoredFile(name, "not a folder: Prisma runs only <name>/migration.sql"));
                }
            }
        }
        provider(migrations).filter(p -> !p.equals("postgresql")).ifPresent(p -> ignored.add(new IgnoredFile(LOCK_FILE,
                "provider = \"" + p + "\": Prisma refuses to run these migrations on PostgreSQL (P3019, the provider"
                        + " switched); they were made for another database")));
        candidates.sort(Comparator.comparing(FileCandidate::version));
        List<MigrationFile> files = new ArrayList<>(FileReader.read(candidates, PrismaChecksum.ALGORITHM));
        files.addAll(withoutScript);
        files.sort(Comparator.comparing(MigrationFile::version));
        ignored.sort(Comparator.comparing(IgnoredFile::file));
        return new FileScan(files, ignored);
    }

    /**
     * Prisma lists every sub-folder, script or not, and fails on a missing script only when it reads
     * it: deploy stops there if the folder is not applied, status and dev whenever they compare it.
     */
    private static MigrationFile noScript(String name, Path script) {
        FileProblem why = new FileProblem(FileProblem.Kind.UNREADABLE, "cannot be run: the folder has no migration.sql,"
                + " but Prisma lists every folder as a migration and stops on it (\"Failed to read migration script\")."
                + " Add the migration.sql, or move the folder out of the migrations folder");
        return new MigrationFile(Version.textual(name), description(name), name + "/" + SCRIPT, script, -1, null, null,
                List.of(why));
    }

    /** "add_users" of "20240101120000_add_users"; the whole name when it has no timestamp. */
    static String description(String migrationName) {
        int i = 0;
        while (i < migrationName.length() && Character.isDigit(migrationName.charAt(i))) {
            i++;
        }
        return i > 0 && i < migrationName.length() - 1 && migrationName.charAt(i) == '_'
                ? migrationName.substring(i + 1) : migrationName;
    }
}
