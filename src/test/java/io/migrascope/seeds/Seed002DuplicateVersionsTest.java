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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 002, the home-made runner: versions 003, 005 and 006 are each claimed by two files after a
 * merge. The seed's fix was to {@code git mv} the newer file of each pair to 011, 012 and 013 and
 * apply; here the same is done with {@code migrascope recover} only, on a real database.
 */
@ExtendWith(PostgresExtension.class)
class Seed002DuplicateVersionsTest {
    @TempDir
    Path dir;

    @Test
    void threeDuplicatesAreRenumberedToTheSeedsVersionsThenAppliedAndStatusIsClean(TestDatabase db) throws Exception {
        SeedFolders.seed002(db, dir);
        try (CliWalk walk = new CliWalk(db, dir, "migrations").savedAs("seed002")) {
            walk(walk, db);
        }
    }

    private void walk(CliWalk walk, TestDatabase db) throws Exception {

        CliRun before = walk.status();
        assertExit(2, before);
        for (String v : List.of("003", "005", "006")) {
            assertTrue(before.out().matches("(?s).*DUPLICATE\\s+" + v + ".*"), before.out());
        }

        Map<String, String> renumbered = Map.of("003", "011_add_unread_tracking.sql",
                "005", "012_enhance_chat_for_phase1.sql", "006", "013_group_conversations.sql");
        for (String version : List.of("003", "005", "006")) {
            CliRun list = walk.recover();
            assertExit(2, list);
            CliWalk.Listed problem = walk.find(list, "DUPLICATE_VERSION", version);
            assertTrue(problem.message().contains("Version " + version + " is claimed by 2 files"), problem.message());

            CliRun guide = walk.guide(problem);
            assertTrue(guide.out().contains("What happened\n  Two or more files claim version " + version
                    + ". The tool keys migrations by version, so it refuses to run"), guide.out());
            assertTrue(guide.out().contains("1. Renumber the file that is not applied to the next free version"
                    + "   <- recommended by the evidence"), guide.out());
            assertTrue(guide.out().contains("The applied file keeps its version"), guide.out());

            CliRun done = walk.carryOut(problem, 1, "seed 002: renumber the newer " + version);
            assertExit(version.equals("006") ? 1 : 2, done);
            assertTrue(done.out().contains(renumbered.get(version)), done.out());
            assertTrue(done.out().contains("Resolved: DUPLICATE_VERSION " + version + " is gone."), done.out());
            assertTrue(Files.exists(dir.resolve(renumbered.get(version))));
        }
        for (String f : SeedFolders.NEWER) {
            assertFalse(Files.exists(dir.resolve(f)), f + " was renamed");
        }

        CliRun list = walk.recover();
        assertExit(1, list);
        CliWalk.Listed pending = walk.find(list, "PENDING", null);
        assertTrue(pending.message().contains("3 migrations are pending: 011, 012, 013"), pending.message());
        CliRun guide = walk.guide(pending);
        assertTrue(guide.out().contains("1. Apply them in order   <- recommended by the evidence"), guide.out());
        CliRun applied = walk.carryOut(pending, 1, "seed 002: apply the renumbered files");
        assertExit(0, applied);
        assertTrue(applied.out().contains("Resolved: PENDING 011 is gone."), applied.out());

        CliRun after = walk.status();
        assertExit(0, after);
        CliRun list2 = walk.recover();
        assertTrue(list2.out().contains("Nothing to recover: every migration is in order."), list2.out());
        assertEquals(List.of("001", "002", "003", "004", "005", "006", "007", "008", "009", "010", "011", "012", "013"),
                db.column("SELECT version FROM schema_migrations ORDER BY version"));
        assertEquals(List.of("add_missing_request_columns", "add_unread_tracking"),
                db.column("SELECT name FROM schema_migrations WHERE version IN ('003', '011') ORDER BY version"));
    }
}
