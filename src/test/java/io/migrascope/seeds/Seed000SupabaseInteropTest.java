package io.migrascope.seeds;

import io.migrascope.core.tool.supabase.SupabaseCli;
import io.migrascope.testing.NodeTools;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 000 with the real Supabase CLI (npm supabase 3.1.0): its {@code db push} makes the broken state
 * itself — 005 and the marketplace file pushed, then 23505 on the second 006 — and after the walk
 * with {@code recover} its {@code migration list} and {@code db push --dry-run} find nothing to do.
 * Run with {@code mvn -Pinterop}.
 */
@Tag("interop")
@ExtendWith(PostgresExtension.class)
class Seed000SupabaseInteropTest {
    @TempDir
    Path project;

    @Test
    void theClisOwn23505StateIsWalkedCleanAndTheCliAgrees(TestDatabase db) throws Exception {
        SupabaseSeed000.files(project);
        NodeTools.Run push = new SupabaseCli(db, project).run("db", "push", "--yes");
        assertNotEquals(0, push.exitCode(), push.toString());
        assertTrue(push.output().contains("duplicate key value violates unique constraint \"schema_migrations_pkey\""
                + " (SQLSTATE 23505)") && push.output().contains("Key (version)=(006) already exists."), push.toString());
        assertEquals(List.of("005", "006"),
                db.column("SELECT version FROM supabase_migrations.schema_migrations ORDER BY version"));

        try (CliWalk walk = new CliWalk(db, project, "marketplace").savedAs("seed000-interop")) {
            walk.note("$ supabase db push --yes\n" + cli(push));
            Seed000SupabaseDuplicateVersionTest.walkTheDuplicate(walk, project);
            afterwardsTheCliAgrees(db, walk, List.of("005", "006", "007", "008"));
        }
    }

    @Test
    void aFileThatRecordsItselfIsKeptAndTheCliAgrees(TestDatabase db) throws Exception {
        SupabaseSeed000.files(project);
        Path migrations = SupabaseSeed000.migrations(project);
        Files.delete(migrations.resolve(SupabaseSeed000.PAYOUTS));
        Path reviews = migrations.resolve("007_reviews.sql");
        Files.writeString(reviews, Files.readString(reviews) + "\ninsert into supabase_migrations.schema_migrations"
                + " (version, name) values ('007', 'reviews');\n");
        NodeTools.Run push = new SupabaseCli(db, project).run("db", "push", "--yes");
        assertNotEquals(0, push.exitCode(), push.toString());
        assertTrue(push.output().contains("Key (version)=(007) already exists."), push.toString());

        try (CliWalk walk = new CliWalk(db, project, "marketplace").savedAs("seed000-23505-interop")) {
            walk.note("$ supabase db push --yes\n" + cli(push));
            walk.recover();
            io.migrascope.testing.CliRun kept = walk.run("apply", "--accept-already-tracked", "--yes", "--reason",
                    "seed 000: 007 records itself; keep its row");
            assertEquals(0, kept.exitCode(), kept.toString());
            assertEquals(0, walk.status().exitCode());
            afterwardsTheCliAgrees(db, walk, List.of("005", "006", "007"));
        }
    }

    private static void afterwardsTheCliAgrees(TestDatabase db, CliWalk walk, List<String> versions) throws Exception {
        NodeTools.Run list = new SupabaseCli(db, walk.dir()).run("migration", "list");
        walk.note("$ supabase migration list\n" + cli(list));
        assertEquals(0, list.exitCode(), list.toString());
        for (String v : versions) {
            assertTrue(list.output().matches("(?s).*`" + v + "`\\s*\\|\\s*`" + v + "`\\s*\\|.*"),
                    "local and remote both have " + v + ": " + list);
        }
        NodeTools.Run dryRun = new SupabaseCli(db, walk.dir()).run("db", "push", "--dry-run", "--yes");
        walk.note("$ supabase db push --dry-run\n" + cli(dryRun));
        assertEquals(0, dryRun.exitCode(), dryRun.toString());
        assertTrue(dryRun.output().contains("Remote database is up to date."), dryRun.toString());
        assertEquals(versions, db.column("SELECT version FROM supabase_migrations.schema_migrations ORDER BY version"));
    }

    /** The CLI's output without the connection string it echoes. */
    private static String cli(NodeTools.Run run) {
        return run.output().strip().replaceAll("postgres(ql)?://\\S+", "postgresql://…") + "\n[exit " + run.exitCode()
                + "]";
    }
}
