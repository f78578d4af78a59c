package io.migrascope.core.tool.drizzle;

import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.tool.FileCandidate;
import io.migrascope.core.tool.FileReader;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.prisma.NodeText;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * drizzle-kit's out folder as drizzle-orm's {@code readMigrationFiles} reads it: the journal's
 * entries in order, each {@code <out>/<tag>.sql}, hashed as
 * {@code sha256(readFileSync(file).toString())}.
 */
final class DrizzleFolder {
    private static final String META = "meta";

    private DrizzleFolder() {
    }

    /** The out folder for {@code --dir}: the folder holding {@code meta/}, or its {@code drizzle/} (drizzle-kit's default out). */
    static Path locate(Path dir) {
        for (Path c : List.of(dir, dir.resolve("drizzle"))) {
            if (Files.isRegularFile(c.resolve(DrizzleJournal.PATH))) {
                return c;
            }
        }
        return dir;
    }

    /** A folder of drizzle-kit v1 (beta): {@code <ts>_<name>/migration.sql} beside a {@code snapshot.json}, no journal. */
    static Optional<String> firstBetaFolder(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out, Files::isDirectory)) {
            for (Path d : entries) {
                if (Files.isRegularFile(d.resolve("migration.sql")) && Files.isRegularFile(d.resolve("snapshot.json"))) {
                    return Optional.of(d.getFileName().toString());
                }
            }
        }
        return Optional.empty();
    }

    static FileScan scan(Path dir, DrizzleJournals journals) throws IOException {
        Path out = locate(dir);
        if (!Files.isRegularFile(out.resolve(DrizzleJournal.PATH))) {
            return withoutJournal(out);
        }
        DrizzleJournal journal = DrizzleJournal.read(out);
        List<FileCandidate> candidates = new ArrayList<>();
        List<MigrationFile> broken = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (DrizzleJournal.Entry e : journal.entries()) {
            if (e.tag() == null) {
                broken.add(unrunnable(e, "entry " + e.position(), out.resolve(DrizzleJournal.PATH),
                        "journal entry " + e.position() + " has no tag, so drizzle looks for undefined.sql and stops"));
                continue;
            }
            Path sql = out.resolve(e.file());
            listed.add(e.file());
            journals.remember(sql, e);
            if (!Files.isRegularFile(sql)) {
                broken.add(unrunnable(e, e.file(), sql, "meta/_journal.json lists " + e.file() + " but it does not exist:"
                        + " drizzle's migrator stops with \"No file " + sql + " found in " + out + " folder\"."
                        + " Restore the file, or remove the entry from the journal"));
            } else if (e.when() == null) {
                broken.add(unrunnable(e, e.file(), sql, "its journal entry has no \"when\", so drizzle never runs it;"
                        + " regenerate the journal entry with drizzle-kit"));
            } else {
                candidates.add(new FileCandidate(e.version(), e.tag(), e.file(), sql));
            }
        }
        List<MigrationFile> files = new ArrayList<>(FileReader.read(candidates, NodeText::sha256OfFile));
        files.addAll(broken);
        files.sort(Comparator.comparing(MigrationFile::version));
        return new FileScan(files, notListed(out, listed));
    }

    private static MigrationFile unrunnable(DrizzleJournal.Entry e, String file, Path path, String why) {
        return new MigrationFile(e.version(), e.tag() == null ? "(no tag)" : e.tag(), file, path, -1, null, null,
                List.of(new FileProblem(FileProblem.Kind.UNREADABLE, "cannot be run: " + why)));
    }

    private static List<IgnoredFile> notListed(Path out, Set<String> listed) throws IOException {
        List<IgnoredFile> ignored = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (listed.contains(name) || (name.equals(META) && Files.isDirectory(p))) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    ignored.add(new IgnoredFile(name, "a folder: drizzle runs only the .sql files meta/_journal.json lists"));
                } else if (name.endsWith(".sql")) {
                    ignored.add(new IgnoredFile(name, "not in meta/_journal.json: drizzle will never run it"));
                } else {
                    ignored.add(new IgnoredFile(name, "not a .sql file"));
                }
            }
        }
        ignored.sort(Comparator.comparing(IgnoredFile::file));
        return ignored;
    }

    /** The v1 beta layout is recognised and named, not yet read; anything else lacks what drizzle needs. */
    private static FileScan withoutJournal(Path out) throws IOException {
        if (firstBetaFolder(out).isPresent()) {
            List<IgnoredFile> ignored = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
                for (Path p : entries) {
                    ignored.add(new IgnoredFile(p.getFileName().toString(), "drizzle-kit v1 (beta) layout, a folder per"
                            + " migration without meta/_journal.json: Migrascope reads only the journal layout of"
                            + " drizzle-kit 0.x so far"));
                }
            }
            ignored.sort(Comparator.comparing(IgnoredFile::file));
            return new FileScan(List.of(), ignored);
        }
        throw new NoSuchFileException(out.resolve(DrizzleJournal.PATH) + " does not exist: drizzle's migrator stops"
                + " with \"Can't find meta/_journal.json file\". Pass the folder drizzle-kit generates into (its out,"
                + " ./drizzle by default)");
    }
}
