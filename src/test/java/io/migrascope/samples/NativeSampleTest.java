package io.migrascope.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native sample, whose tool is Migrascope itself. It is broken on purpose (seed 002, see its
 * README): versions 003, 005 and 006 are claimed by two files each. So it is never APPLIED as it
 * stands: status shows the three DUPLICATE rows, and apply refuses to run anything. Renumbering
 * the newer file of each pair, as the README says, makes it apply cleanly.
 */
@ExtendWith(PostgresExtension.class)
class NativeSampleTest {
    @TempDir
    Path work;

    @Test
    void theThreeDuplicateVersionsAreShownAndApplyRunsNothing(TestDatabase db) throws Exception {
        SampleStatus before = SampleStatus.of(db, Sample.NATIVE.dir());
        assertEquals("native", before.tool());
        Map<String, String> states = before.states();
        assertEquals(Map.of("001", "PENDING", "002", "PENDING", "003", "DUPLICATE", "004", "PENDING",
                "005", "DUPLICATE", "006", "DUPLICATE", "007", "PENDING", "008", "PENDING", "009", "PENDING",
                "010", "PENDING"), states);
        assertEquals(2, before.exitCode());

        CliRun apply = CliRun.of("apply", "--url", db.url(), "--dir", Sample.NATIVE.dir().toString(), "--yes");
        assertEquals(2, apply.exitCode(), apply.toString());
        assertTrue(apply.err().contains("apply is blocked; nothing was run"), apply.toString());
        assertFalse(db.tableExists("public.organizations"), "not one file ran");
    }

    @Test
    void renumberingTheNewerFileOfEachPairAsTheReadmeSaysLetsEveryFileApply(TestDatabase db) throws Exception {
        Path dir = Sample.NATIVE.copyTo(work);
        renumber(db, dir, "003", "003_add_unread_tracking.sql");
        renumber(db, dir, "005", "005_enhance_chat_for_phase1.sql");
        renumber(db, dir, "006", "006_group_conversations.sql");
        assertTrue(Files.exists(dir.resolve("011_add_unread_tracking.sql")));
        assertTrue(Files.exists(dir.resolve("012_enhance_chat_for_phase1.sql")));
        assertTrue(Files.exists(dir.resolve("013_group_conversations.sql")));

        CliRun apply = CliRun.of("apply", "--url", db.url(), "--dir", dir.toString(), "--yes");
        assertEquals(0, apply.exitCode(), apply.toString());
        SampleStatus.of(db, dir).assertInSync("native", 13);
    }

    private static void renumber(TestDatabase db, Path dir, String version, String file) {
        CliRun run = CliRun.of("repair", "renumber", "--url", db.url(), "--dir", dir.toString(), "--version", version,
                "--file", file, "--yes", "--reason", "seed 002: renumber the newer file");
        assertTrue(run.out().contains("Renamed; journal entry"), run.toString());
    }
}
