package io.migrascope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.journal.JournalEntry;
import io.migrascope.core.model.MigrationState;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The plain panels carry a guarded action from the toolbar to the database and back into the table. */
@ExtendWith({ApplicationExtension.class, PostgresExtension.class})
class MainWindowActionsTest {
    @TempDir
    Path config;
    @TempDir
    Path dir;
    private WindowHarness harness;

    @Start
    void start(Stage stage) {
        System.setProperty("migrascope.config", config.toString());
        harness = new WindowHarness(stage, config);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        harness.close(robot);
    }

    @Test
    void markAppliedRunsEndToEndAndTheTableRefreshes(FxRobot robot, TestDatabase db) throws Exception {
        ConsoleFixtures.nativeSamplePartlyApplied(db, dir);
        harness.open(robot, db, ConsoleFixtures.profile(db, dir, Environment.DEV));
        Button markApplied = robot.lookup("#action-mark-applied").queryAs(Button.class);
        robot.clickOn(WindowHarness.cell(robot, "version", "004"));
        WindowHarness.until(() -> !markApplied.isDisabled(), "Mark applied is enabled on 004");

        robot.clickOn(markApplied);
        String preview = robot.lookup("#action-preview").queryAs(org.fxmisc.richtext.CodeArea.class).getText();
        assertTrue(preview.startsWith("-- Mark 004 applied on "), preview);
        assertTrue(preview.contains("INSERT INTO \"public\".\"schema_migrations\""), preview);
        robot.clickOn("#action-reason").write("seed 004: objects created by hand");
        robot.clickOn("#action-run");

        WindowHarness.until(() -> harness.stateOf("004") == MigrationState.APPLIED, "the table shows 004 applied");
        assertEquals(List.of("001", "002", "004"), db.column("SELECT version FROM schema_migrations ORDER BY 1"));
        JournalEntry entry = Journal.standard().read().entries().stream()
                .filter(e -> "seed 004: objects created by hand".equals(e.reason())).findFirst().orElseThrow();
        assertEquals("mark-applied", entry.action());
        assertTrue(entry.isCommitted());
    }

    @Test
    void deletingATrackingRowWantsTheVersionTyped(FxRobot robot, TestDatabase db) throws Exception {
        ConsoleFixtures.nativeSamplePartlyApplied(db, dir);
        harness.open(robot, db, ConsoleFixtures.profile(db, dir, Environment.DEV));
        Button delete = robot.lookup("#action-delete-row").queryAs(Button.class);
        robot.clickOn(WindowHarness.cell(robot, "version", "002"));
        WindowHarness.until(() -> !delete.isDisabled(), "Delete tracking row is enabled on 002");

        robot.clickOn(delete);
        Button run = robot.lookup("#action-run").queryAs(Button.class);
        assertTrue(run.isDisabled());
        robot.clickOn("#action-confirm-version").write("00");
        assertTrue(run.isDisabled(), "a partial version is not a confirmation");
        robot.write("2");
        assertFalse(run.isDisabled());
        robot.clickOn(run);
        WindowHarness.until(() -> harness.stateOf("002") == MigrationState.UNTRACKED,
                "002's row is gone and its objects are still there");
        assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations ORDER BY 1"));
    }
}
