package io.migrascope.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.tool.supabase.SupabaseCli;
import io.migrascope.testing.NodeTools;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Supabase sample pushed by the real Supabase CLI 3.1.0 (npm): {@code supabase db push}. The
 * sample carries seed 000 on purpose (see its README): two files share version 20241008093000, so
 * the first push stops with the CLI's 23505 and Migrascope shows the DUPLICATE row; renumbering the
 * newer file with {@code migrascope repair renumber} lets the second push apply everything, and
 * then every row is APPLIED and status exits 0. (Renumber takes the next number after the pair,
 * 20241008093001, which is free and sorts before the pending files, so {@code db push} does not
 * call it out of order.)
 */
@Tag("interop")
@ExtendWith(PostgresExtension.class)
class SupabaseSampleInteropTest {
    private static final String PAIR = "20241008093000";

    @TempDir
    Path work;

    @Test
    void theFirstPushStopsOnTheDuplicateAndAfterRenumberingEveryFileIsApplied(TestDatabase db) throws Exception {
        Path project = Sample.SUPABASE.copyTo(work);
        NodeTools.Run first = new SupabaseCli(db, project).run("db", "push", "--yes");
        assertNotEquals(0, first.exitCode(), first.toString());
        assertTrue(first.output().contains("duplicate key value violates unique constraint \"schema_migrations_pkey\""
                + " (SQLSTATE 23505)"), first.toString());

        SampleStatus stopped = SampleStatus.of(db, project);
        assertEquals("supabase", stopped.tool());
        assertEquals(Map.of("20240902090000", "APPLIED", "20240910100000", "APPLIED", "20240925110000", "APPLIED",
                PAIR, "DUPLICATE", "20241022140000", "PENDING", "20241105100000", "PENDING",
                "20241112090000", "PENDING", "20241119110000", "PENDING"), stopped.states());

        CliRun renumber = CliRun.of("repair", "renumber", "--url", db.url(), "--dir", project.toString(),
                "--version", PAIR, "--yes", "--reason", "seed 000: the pins file was started by copying attachments");
        assertTrue(renumber.out().contains("Renamed; journal entry"), renumber.toString());
        Path migrations = project.resolve("supabase").resolve("migrations");
        assertTrue(Files.exists(migrations.resolve("20241119110001_request_pins.sql")), renumber.toString());

        NodeTools.Run second = new SupabaseCli(db, project).run("db", "push", "--yes");
        assertEquals(0, second.exitCode(), second.toString());

        SampleStatus.of(db, project).assertInSync("supabase", 9);
    }
}
