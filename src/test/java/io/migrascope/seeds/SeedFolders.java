package io.migrascope.seeds;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The broken states of the seeds, rebuilt on a real database in the tools' own layouts. */
final class SeedFolders {
    /** Seed 002: the newer file of each duplicate pair, renumbered in the seed to 011, 012, 013. */
    static final List<String> NEWER = List.of("003_add_unread_tracking.sql", "005_enhance_chat_for_phase1.sql",
            "006_group_conversations.sql");

    private SeedFolders() {
    }

    /**
     * Seed 002 in production: the runner applied every file it had (the older file of each pair
     * included), then the branch with the three newer files was merged: 003, 005 and 006 are each
     * claimed by two files, and the runner refuses with "Duplicate migration version 003".
     */
    static void seed002(TestDatabase db, Path dir) {
        Path sample = Path.of("migrations-sample", "native");
        try (var files = Files.list(sample)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                if (!NEWER.contains(f.getFileName().toString())) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
            CliRun applied = CliRun.apply(db, dir, "--tool", "native", "--reason", "deploy before the merge");
            if (applied.exitCode() != 0) {
                throw new IllegalStateException("the runner could not apply the older files: " + applied);
            }
            for (String f : NEWER) {
                Files.copy(sample.resolve(f), dir.resolve(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seed 004: the drizzle entries whose tables were created with {@code drizzle-kit push}. */
    static final List<String> PUSHED = List.of("0000_brave_wolverine", "0001_quiet_storm", "0002_lucky_cyclops",
            "0003_steady_rogue", "0004_clever_gambit", "0005_silent_magneto");

    /**
     * Seed 004's project: drizzle-kit's out folder (the sample: eight entries), of which the first
     * six were pushed with {@code drizzle-kit push} — their tables exist, nothing is recorded. The
     * last two were generated after the push and are genuinely new.
     */
    static void seed004(TestDatabase db, Path project) throws Exception {
        copyTree(Path.of("migrations-sample", "drizzle"), project);
        for (String tag : PUSHED) {
            for (String statement : read(project.resolve("drizzle").resolve(tag + ".sql"))
                    .split("--> statement-breakpoint")) {
                if (!statement.isBlank()) {
                    db.execute(statement);
                }
            }
        }
    }

    /** What drizzle-orm's migrate() runs before its transaction: the schema and the empty table. */
    static void drizzleTrackingTable(TestDatabase db) throws Exception {
        db.execute("CREATE SCHEMA IF NOT EXISTS \"drizzle\"");
        db.execute("CREATE TABLE IF NOT EXISTS \"drizzle\".\"__drizzle_migrations\" (id SERIAL PRIMARY KEY,"
                + " hash text NOT NULL, created_at bigint)");
    }

    static void copyTree(Path from, Path to) {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a classpath folder (test resources) to {@code target}. */
    static void copyResources(String root, List<String> files, Path target) {
        try {
            for (String f : files) {
                Path to = target.resolve(f);
                Files.createDirectories(to.getParent());
                try (InputStream in = SeedFolders.class.getResourceAsStream(root + "/" + f)) {
                    if (in == null) {
                        throw new IllegalStateException("no resource " + root + "/" + f);
                    }
                    Files.write(to, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
