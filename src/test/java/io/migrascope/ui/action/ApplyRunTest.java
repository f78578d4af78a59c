package io.migrascope.ui.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.ApplyAction;
import io.migrascope.core.action.ApplyOptions;
import io.migrascope.core.tool.nativeformat.NativeTool;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.panels.FxWait;
import io.migrascope.ui.panels.PanelTestContext;
import io.migrascope.ui.task.FxTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Apply from the dialog: cancelled mid-file, and the seed-000 question answered on the FX thread. */
@ExtendWith({ApplicationExtension.class, PostgresExtension.class})
class ApplyRunTest {
    @TempDir
    Path dir;

    @TempDir
    Path home;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private Stage owner;
    private ActionDialog dialog;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("main window")), 500, 300));
        stage.show();
    }

    @AfterEach
    void closeDialog(FxRobot robot) {
        if (dialog != null && dialog.model().phase().get() != ActionModel.Phase.RUNNING) {
            robot.interact(() -> dialog.stage().close());
        }
        tasks.close();
    }

    private ActionModel openApply(FxRobot robot, TestDatabase db) throws Exception {
        PanelTestContext ctx = new PanelTestContext(db, dir, new NativeTool(), home.resolve("journal.jsonl"), tasks,
                "dev").load();
        ApplyAction apply = ApplyAction.plan(ctx.report().get(), ctx.audit().tool(),
                ctx.audit().writer(ctx.database().spec().database()), ApplyOptions.defaults());
        robot.interact(() -> dialog = ActionDialog.open(ActionModel.of(ctx, apply), owner, JournalLinks.NONE));
        return dialog.model();
    }

    private static boolean sleeping(TestDatabase db) throws Exception {
        return !db.column("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                + " AND state = 'active' AND query LIKE 'SELECT pg_sleep(30)%'").isEmpty();
    }

    @Test
    void cancellingALongApplyStopsItAndLeavesNothingOfThatFile(TestDatabase db, FxRobot robot) throws Exception {
        new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint);")
                .file("002_slow.sql", "CREATE TABLE slow (id bigint);\nSELECT pg_sleep(30);\n");
        ActionModel model = openApply(robot, db);
        robot.clickOn("#action-run");
        FxWait.until(() -> sleeping(db));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ActionModel.Phase.RUNNING, model.phase().get());
        assertTrue(robot.lookup("#action-progress-text").queryLabeled().getText().contains("002_slow.sql"),
                robot.lookup("#action-progress-text").queryLabeled().getText());
        assertTrue(robot.lookup("#action-close").queryButton().isDisabled(), "no closing while it runs");

        robot.clickOn("#action-cancel");
        FxWait.untilFx(() -> model.phase().get() == ActionModel.Phase.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        String failure = robot.lookup("#action-failure").queryAs(TextArea.class).getText();
        assertTrue(failure.contains("002_slow.sql was cancelled at statement 2 of 2"), failure);
        assertTrue(failure.contains("SQLSTATE 57014"), failure);
        assertFalse(db.tableExists("slow"), "the file's transaction was rolled back");
        assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations"));
        assertFalse(sleeping(db));
    }

    @Test
    void theAlreadyTrackedQuestionWaitsForTheAnswerAndNoAppliesNothing(TestDatabase db, FxRobot robot)
            throws Exception {
        new MigrationFolder(dir)
                .file("001_base.sql", "CREATE TABLE base (id bigint);")
                .file("002_dump.sql", "CREATE TABLE restored (id bigint);\n"
                        + "INSERT INTO schema_migrations (version, name, checksum, success)"
                        + " VALUES ('002', 'dump', 'from a dump', true);\n");
        ActionModel model = openApply(robot, db);
        robot.clickOn("#action-run");
        FxWait.untilFx(() -> model.question().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#action-question").query().isVisible());
        assertTrue(robot.lookup(".action-question-text").queryLabeled().getText().contains("SQLSTATE 23505"));
        assertEquals(ActionModel.Phase.RUNNING, model.phase().get(), "apply waits for the answer");
        assertFalse(db.tableExists("restored"));

        robot.clickOn("#already-tracked-no");
        FxWait.untilFx(() -> model.phase().get() == ActionModel.Phase.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.failure().get().contains("Nothing of it was applied"), model.failure().get());
        assertFalse(db.tableExists("restored"));
        assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations"));
        assertFalse(robot.lookup("#action-question").query().isVisible());
    }

    @Test
    void answeringYesKeepsTheFilesOwnRow(TestDatabase db, FxRobot robot) throws Exception {
        new MigrationFolder(dir)
                .file("001_dump.sql", "CREATE TABLE restored (id bigint);\n"
                        + "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, name text NOT NULL,"
                        + " checksum text NOT NULL, normalized_checksum text, applied_at timestamptz NOT NULL DEFAULT now(),"
                        + " execution_time_ms bigint, applied_by text NOT NULL DEFAULT session_user,"
                        + " success boolean NOT NULL, statements_run integer, error text);\n"
                        + "INSERT INTO schema_migrations (version, name, checksum, success)"
                        + " VALUES ('001', 'dump', 'from a dump', true);\n");
        ActionModel model = openApply(robot, db);
        robot.clickOn("#action-run");
        FxWait.untilFx(() -> model.question().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#already-tracked-yes");
        FxWait.untilFx(() -> model.phase().get() == ActionModel.Phase.SUCCEEDED);
        assertTrue(db.tableExists("restored"));
        assertEquals(List.of("from a dump"), db.column("SELECT checksum FROM schema_migrations WHERE version = '001'"));
    }
}
