package io.migrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Seed 002 end to end: the older file of each pair is applied; renumber the newer ones; apply. */
@ExtendWith(PostgresExtension.class)
class RenumberCommandTest {
    private static final List<String> NEWER = List.of("003_add_unread_tracking.sql", "005_enhance_chat_for_phase1.sql",
            "006_group_conversations.sql");
    @TempDir
    Path dir;
    @TempDir
    Path parked;

    /** The production state of the seed: everything but the three newer files was applied; then they were merged. */
    private MigrationFolder seedState(TestDatabase db) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir).copySample("native");
        for (String f : NEWER) {
            Files.move(dir.resolve(f), parked.resolve(f));
        }
        CliRun applied = CliRun.apply(db, dir);
        assertEquals(0, applied.exitCode(), applied.toString());
        for (String f : NEWER) {
            Files.move(parked.resolve(f), dir.resolve(f));
        }
        return folder;
    }

    private CliRun renumber(TestDatabase db, String version, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("repair", "renumber", "--url", db.url(), "--dir",
                dir.toString(), "--version", version, "--yes"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theUnappliedFileOfEachPairGetsTheNextFreeVersionThenApplyCompletes(TestDatabase db) throws Exception {
        seedState(db);
        CliRun status = CliRun.status(db, dir);
        assertEquals("DUPLICATE", status.stateOf("003"));
        assertTrue(status.out().contains("Version 003 is applied as 'add_missing_request_columns': renumber the other"
                + " file."), status.out());

        assertTrue(renumber(db, "003").out().contains("mv " + dir.resolve("003_add_unread_tracking.sql")));
        renumber(db, "005");
        CliRun last = renumber(db, "006");
        assertEquals(1, last.exitCode(), "only pending files are left: " + last);

        assertTrue(Files.exists(dir.resolve("011_add_unread_tracking.sql")));
        assertTrue(Files.exists(dir.resolve("012_enhance_chat_for_phase1.sql")));
        assertTrue(Files.exists(dir.resolve("013_group_conversations.sql")));
        assertTrue(Files.exists(dir.resolve("003_add_missing_request_columns.sql")), "the applied file stays");
        CliRun apply = CliRun.apply(db, dir);
        assertEquals(0, apply.exitCode(), apply.toString());
        assertEquals(0, CliRun.status(db, dir).exitCode());
    }

    @Test
    void theAppliedFileIsNeverRenamed(TestDatabase db) throws Exception {
        seedState(db);
        CliRun refused = renumber(db, "003", "--file", "003_add_missing_request_columns.sql");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("is the file applied as 003; an applied file is never renamed"), refused.err());
        assertTrue(Files.exists(dir.resolve("003_add_missing_request_columns.sql")));
    }

    @Test
    void whenNeitherIsAppliedTheUserChoosesAndGitMvKeepsHistoryAndUndoMovesItBack(TestDatabase db) throws Exception {
        new MigrationFolder(dir).copySample("native");
        git("init", "-q");
        git("add", ".");
        git("-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "migrations");

        CliRun ask = renumber(db, "005");
        assertEquals(2, ask.exitCode());
        assertTrue(ask.err().contains("pass --file"), ask.err());

        CliRun done = renumber(db, "005", "--file", "005_enhance_chat_for_phase1.sql");
        assertTrue(done.out().contains("git mv "), done.out());
        assertTrue(git("status", "--porcelain").contains("R  005_enhance_chat_for_phase1.sql -> 011_enhance_chat_for_phase1.sql"));

        Matcher m = Pattern.compile("journal entry (\\S+)\\.").matcher(done.out());
        assertTrue(m.find(), done.out());
        CliRun undo = CliRun.of("journal", "undo", m.group(1), "--yes");
        assertEquals(0, undo.exitCode(), undo.toString());
        assertTrue(Files.exists(dir.resolve("005_enhance_chat_for_phase1.sql")));
        assertFalse(Files.exists(dir.resolve("011_enhance_chat_for_phase1.sql")));
        assertEquals("", git("status", "--porcelain").strip());
    }

    private String git(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
