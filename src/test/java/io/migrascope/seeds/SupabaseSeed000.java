package io.migrascope.seeds;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Seed 000's Supabase project (the test resources {@code /supabase/seed000}): 005 creators, two files
 * claiming 006 (the marketplace listings and the payouts), 007 reviews.
 */
final class SupabaseSeed000 {
    static final String PAYOUTS = "006_creator_payouts.sql";
    static final List<String> FILES = List.of("supabase/config.toml", "supabase/migrations/005_creators.sql",
            "supabase/migrations/006_creator_marketplace.sql", "supabase/migrations/" + PAYOUTS,
            "supabase/migrations/007_reviews.sql");

    private SupabaseSeed000() {
    }

    static Path migrations(Path project) {
        return project.resolve("supabase").resolve("migrations");
    }

    static void files(Path project) {
        SeedFolders.copyResources("/supabase/seed000", FILES, project);
    }

    /**
     * What {@code supabase db push} leaves: 005 and 006_creator_marketplace pushed (the rows the CLI
     * writes, statement for statement — Migrascope's Supabase writer is proven equal to it by
     * SupabaseInteropTest), then the push of 006_creator_payouts failed with 23505 and rolled back.
     */
    static void pushedUntilTheDuplicate(TestDatabase db, Path project) {
        files(project);
        Path aside = project.resolve("aside");
        try {
            Files.createDirectories(aside);
            for (String f : List.of(PAYOUTS, "007_reviews.sql")) {
                Files.move(migrations(project).resolve(f), aside.resolve(f));
            }
            CliRun pushed = CliRun.apply(db, project, "--tool", "supabase", "--reason", "db push before the merge");
            if (pushed.exitCode() != 0) {
                throw new IllegalStateException("could not push 005 and 006: " + pushed);
            }
            for (String f : List.of(PAYOUTS, "007_reviews.sql")) {
                Files.move(aside.resolve(f), migrations(project).resolve(f));
            }
            Files.delete(aside);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
