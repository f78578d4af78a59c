package io.migrascope.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationState;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Seed 004 in the console: the pushed schema synced from the guided recovery, then the new files applied. */
@ExtendWith({ApplicationExtension.class, PostgresExtension.class})
class Seed004ConsoleWalkTest {
    @TempDir
    Path config;
    @TempDir
    Path project;
    private SeedConsole console;

    @Start
    void start(Stage stage) {
        console = new SeedConsole(stage, config, config.resolve("journal.jsonl"));
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        console.close(robot);
    }

    @Test
    void thePushedSchemaIsSyncedAndTheNewFilesApplied(FxRobot robot, TestDatabase db) throws Exception {
        SeedFolders.seed004(db, project);
        SeedFolders.drizzleTrackingTable(db);
        console.open(robot, db, project, "seed 004 (production copy)");
        assertEquals(6, console.count(MigrationState.UNTRACKED));
        SeedConsole.shot(robot, console.stage, "004", "1-console");

        Stage sync = console.recover(robot, FindingCode.TRACKING_EMPTY_SCHEMA_PRESENT, null);
        assertTrue(SeedConsole.label(robot, sync, "#recovery-what-happened").startsWith("The schema is in the database"
                + " but the tracking table does not say so"));
        SeedConsole.next(robot, sync, "2  Evidence");
        String evidence = SeedConsole.texts(robot, sync, "#recovery-evidence");
        assertTrue(evidence.contains("0000_brave_wolverine.sql: 20 objects present"), evidence);
        SeedConsole.shot(robot, sync, "004", "2-evidence");
        SeedConsole.next(robot, sync, "3  Options");
        assertTrue(SeedConsole.texts(robot, sync, ".recovery-option").contains("Recommended by the evidence"));
        SeedConsole.next(robot, sync, "4  Preview");
        assertTrue(SeedConsole.text(robot, sync, "#action-preview").contains("insert into \"drizzle\".\"__drizzle_migrations\""));
        SeedConsole.reason(robot, sync, "seed 004: the schema was pushed; record it");
        SeedConsole.shot(robot, sync, "004", "3-preview");
        SeedConsole.run(robot, sync);
        assertEquals("Resolved", SeedConsole.label(robot, sync, "#recovery-result"));
        SeedConsole.shot(robot, sync, "004", "4-verify");
        SeedConsole.close(robot, sync);

        console.untilGone(FindingCode.TRACKING_EMPTY_SCHEMA_PRESENT);
        assertEquals(6, console.count(MigrationState.APPLIED));
        Stage apply = console.recover(robot, FindingCode.PENDING, null);
        SeedConsole.next(robot, apply, "2  Evidence");
        SeedConsole.next(robot, apply, "3  Options");
        SeedConsole.next(robot, apply, "4  Preview");
        SeedConsole.run(robot, apply, "seed 004: migrate what is new");
        assertEquals("Resolved", SeedConsole.label(robot, apply, "#recovery-result"));
        SeedConsole.close(robot, apply);
        console.untilGone(FindingCode.PENDING);
        assertEquals(8, console.count(MigrationState.APPLIED));
        assertEquals(List.of(), console.report().findings());
        SeedConsole.shot(robot, console.stage, "004", "5-clean");
        assertEquals(List.of("8"), db.column("SELECT count(*) FROM drizzle.__drizzle_migrations"));
    }
}
