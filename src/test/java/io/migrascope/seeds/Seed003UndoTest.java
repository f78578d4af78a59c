package io.migrascope.seeds;

import static io.migrascope.seeds.CliWalk.assertExit;
import static io.migrascope.seeds.PrismaSeed003.BATCH;
import static io.migrascope.seeds.PrismaSeed003.ERRORS;
import static io.migrascope.seeds.PrismaSeed003.INIT;
import static io.migrascope.seeds.PrismaSeed003.PROJECTS;
import static io.migrascope.seeds.PrismaSeed003.PROJECTS_MOVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.FileEditAction;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.Tools;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two file changes seed 003's guides make — the second CREATE TABLE removed from a file that
 * never ran, the project models moved before the file that needs them — are journaled like every
 * other write and undone from the journal; an edit made by hand since is never overwritten.
 */
@ExtendWith(PostgresExtension.class)
class Seed003UndoTest {
    private static final String ERRORS_TEXT = PrismaSeed003.ERROR_LOGS + PrismaSeed003.DEAD_LETTER_AGAIN;

    @TempDir
    Path project;

    @Test
    void theEditAndTheMoveAreUndoneFromTheJournal(TestDatabase db) throws Exception {
        PrismaSeed003.files(project);
        PrismaSeed003.broken(db);
        Path migrations = project.resolve("prisma").resolve("migrations");
        Path errorsFile = migrations.resolve(ERRORS).resolve("migration.sql");
        try (CliWalk walk = new CliWalk(db, project, "app")) {
            CliRun edited = walk.carryOut(walk.find(walk.recover(), "CREATED_TWICE", ERRORS), 1, "seed 003 undo");
            assertExit(2, edited);
            assertEquals(PrismaSeed003.ERROR_LOGS, Files.readString(errorsFile));
            CliRun undo = CliRun.of("journal", "undo", journalId(edited), "--yes");
            assertEquals(0, undo.exitCode(), undo.toString());
            assertEquals(ERRORS_TEXT, Files.readString(errorsFile), "the old text, byte for byte");
            walk.find(walk.recover(), "CREATED_TWICE", ERRORS);

            CliRun moved = walk.carryOut(walk.find(walk.recover(), "DEPENDS_ON_LATER_FILE", BATCH), 1, "seed 003 undo");
            assertTrue(Files.isDirectory(migrations.resolve(PROJECTS_MOVED)), moved.out());
            CliRun moveBack = CliRun.of("journal", "undo", journalId(moved), "--yes");
            assertEquals(0, moveBack.exitCode(), moveBack.toString());
            assertTrue(Files.isRegularFile(migrations.resolve(PROJECTS).resolve("migration.sql")));
            assertFalse(Files.exists(migrations.resolve(PROJECTS_MOVED)));
            walk.find(walk.recover(), "DEPENDS_ON_LATER_FILE", BATCH);
        }
    }

    @Test
    void undoRefusesToOverwriteAFileEditedSince(TestDatabase db) throws Exception {
        PrismaSeed003.files(project);
        PrismaSeed003.broken(db);
        Path errorsFile = project.resolve("prisma").resolve("migrations").resolve(ERRORS).resolve("migration.sql");
        try (CliWalk walk = new CliWalk(db, project, "app")) {
            CliRun edited = walk.carryOut(walk.find(walk.recover(), "CREATED_TWICE", ERRORS), 1, "seed 003 undo");
            String mine = PrismaSeed003.ERROR_LOGS + "\nCREATE INDEX \"error_logs_created_at_idx\" ON \"error_logs\"(\"created_at\");\n";
            Files.writeString(errorsFile, mine);
            CliRun undo = CliRun.of("journal", "undo", journalId(edited), "--yes");
            assertTrue(undo.exitCode() != 0, undo.toString());
            assertTrue(undo.err().contains(errorsFile + " changed since it was edited"), undo.toString());
            assertEquals(mine, Files.readString(errorsFile), "the hand edit stays");
        }
    }

    @Test
    void aFileThatRanIsNeverEdited(TestDatabase db) throws Exception {
        PrismaSeed003.files(project);
        PrismaSeed003.broken(db);
        MigrationTool prisma = Tools.byId("prisma").orElseThrow();
        Report report;
        try (Connection c = db.connect()) {
            report = new Audit(prisma, project, prisma.defaultSchema()).run(c, "seed003");
        }
        FileEditAction edit = FileEditAction.removeCreation(report, prisma, Version.textual(INIT), "users");
        assertFalse(edit.preview().isRunnable());
        assertTrue(edit.blockers().get(0).contains("a file that ran is never edited"), edit.blockers().toString());
    }

    private static String journalId(CliRun done) {
        Matcher m = Pattern.compile("journal entry (\\S+)\\.").matcher(done.out());
        assertTrue(m.find(), done.out());
        return m.group(1);
    }
}
