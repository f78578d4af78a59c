package io.migrascope.seeds;

import static io.migrascope.seeds.CliWalk.assertExit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 004, Drizzle: production was set up with {@code drizzle-kit push}, so the tables exist while
 * {@code drizzle.__drizzle_migrations} is empty and {@code drizzle-kit migrate} fails with "relation
 * already exists". The seed wrote a sync script; here {@code recover} does it, then applies what is
 * genuinely new. (The real drizzle-orm migrator's view is {@link Seed004DrizzleInteropTest}.)
 */
@ExtendWith(PostgresExtension.class)
class Seed004DrizzleTrackingEmptyTest {
    @TempDir
    Path project;

    @Test
    void syncMarksExactlyThePushedFilesThenTheNewOnesApply(TestDatabase db) throws Exception {
        SeedFolders.seed004(db, project);
        SeedFolders.drizzleTrackingTable(db);
        try (CliWalk walk = new CliWalk(db, project, "app").savedAs("seed004")) {
            walk(walk);
        }
        assertEquals(List.of("8"), db.column("SELECT count(*) FROM drizzle.__drizzle_migrations"));
    }

    /** The walk, shared with the interop test: sync, apply, clean. */
    static void walk(CliWalk walk) {
        assertExit(2, walk.status());
        CliRun list = walk.recover();
        assertExit(2, list);
        CliWalk.Listed empty = walk.find(list, "TRACKING_EMPTY_SCHEMA_PRESENT", null);
        assertTrue(empty.message().contains("The tracking table is empty, but the objects of 6 migrations already"
                + " exist"), empty.message());

        CliRun guide = walk.guide(empty);
        String text = guide.out();
        assertTrue(text.contains("What happened\n  The schema is in the database but the tracking table does not say so"
                + " (it was pushed or applied by hand). Running the files again would fail with \"already exists\"."),
                text);
        assertTrue(text.contains("1. Sync: mark applied exactly the files whose objects all exist   <- recommended by"
                + " the evidence"), text);
        assertTrue(text.contains("Partly present files are left for you."), text);

        CliRun synced = walk.carryOut(empty, 1, "seed 004: the schema was pushed; record it");
        assertExit(1, synced);
        assertTrue(synced.out().contains("Resolved: TRACKING_EMPTY_SCHEMA_PRESENT"), synced.out());

        CliRun pending = walk.recover();
        assertExit(1, pending);
        CliWalk.Listed rest = walk.find(pending, "PENDING", null);
        assertTrue(rest.message().contains("2 migrations are pending"), rest.message());
        CliRun applied = walk.carryOut(rest, 1, "seed 004: migrate what is new");
        assertExit(0, applied);
        assertTrue(applied.out().contains("Resolved: PENDING"), applied.out());
        assertExit(0, walk.status());
    }
}
