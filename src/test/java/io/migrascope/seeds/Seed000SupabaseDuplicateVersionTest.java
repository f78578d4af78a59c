package io.migrascope.seeds;

import static io.migrascope.seeds.CliWalk.assertExit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 000, Supabase: {@code db push} fails with "duplicate key value violates unique constraint
 * schema_migrations_pkey (SQLSTATE 23505) Key (version)=(006) already exists". Two ways in: two files
 * claim version 006 (renumber the one not applied), or a file inserts its own tracking row (keep it
 * only when confirmed: {@code apply --accept-already-tracked}). Both walked with {@code recover}; the
 * real Supabase CLI's view is {@link Seed000SupabaseInteropTest}.
 */
@ExtendWith(PostgresExtension.class)
class Seed000SupabaseDuplicateVersionTest {
    @TempDir
    Path project;

    /** The walk: the guide's renumber (006 → 008), then apply the rest. */
    @Test
    void theDuplicateVersionIsRenumberedThenApplied(TestDatabase db) throws Exception {
        SupabaseSeed000.pushedUntilTheDuplicate(db, project);
        try (CliWalk walk = new CliWalk(db, project, "marketplace").savedAs("seed000-renumbered")) {
            walkTheDuplicate(walk, project);
        }
        assertEquals(List.of("005", "006", "007", "008"),
                db.column("SELECT version FROM supabase_migrations.schema_migrations ORDER BY version"));
    }

    /** Shared with the interop test. Returns the payouts file's new name. */
    static String walkTheDuplicate(CliWalk walk, Path project) throws Exception {
        CliRun status = walk.status();
        assertExit(2, status);
        assertTrue(status.out().contains("DUPLICATE"), status.out());

        CliRun list = walk.recover();
        assertExit(2, list);
        CliWalk.Listed duplicate = walk.find(list, "DUPLICATE_VERSION", "006");
        assertTrue(duplicate.message().contains("Version 006 is applied as 'creator_marketplace': renumber the other"
                + " file."), duplicate.message());
        CliRun guide = walk.guide(duplicate);
        assertTrue(guide.out().contains("Two or more files claim version 006."), guide.out());
        assertTrue(guide.out().contains("1. Renumber the file that is not applied to the next free version   <-"
                + " recommended by the evidence"), guide.out());

        CliRun renumbered = walk.carryOut(duplicate, 1, "seed 000: 006_creator_payouts was never pushed");
        assertExit(1, renumbered);
        assertTrue(renumbered.out().contains("Resolved: DUPLICATE_VERSION 006 is gone."), renumbered.out());
        assertFalse(Files.exists(SupabaseSeed000.migrations(project).resolve(SupabaseSeed000.PAYOUTS)));
        String renamed;
        try (var files = Files.list(SupabaseSeed000.migrations(project))) {
            renamed = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith("_creator_payouts.sql"))
                    .findFirst().orElseThrow();
        }
        assertEquals("008_creator_payouts.sql", renamed, "the next version free in the folder and the table");
        assertTrue(renumbered.out().contains("Renumber 006 to 008"), renumbered.out());

        CliRun pending = walk.recover();
        assertExit(1, pending);
        CliWalk.Listed rest = walk.find(pending, "PENDING", null);
        assertTrue(rest.message().contains("2 migrations are pending: 007, 008"), rest.message());
        CliRun applied = walk.carryOut(rest, 1, "seed 000: push the rest");
        assertExit(0, applied);
        assertTrue(applied.out().contains("Resolved: PENDING 007 is gone."), applied.out());
        assertExit(0, walk.status());
        assertTrue(walk.recover().out().contains("Nothing to recover: every migration is in order."));
        return renamed;
    }
}
