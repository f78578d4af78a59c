package io.migrascope.ui.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.Action;
import io.migrascope.core.action.ApplyAction;
import io.migrascope.core.action.ApplyOptions;
import io.migrascope.core.action.RepairAction;
import io.migrascope.core.journal.JournalEntry;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.nativeformat.NativeTool;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.panels.FxWait;
import io.migrascope.ui.panels.PanelTestContext;
import io.migrascope.ui.panels.Screenshots;
import io.migrascope.ui.task.FxTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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

/** The guarded-action dialog on a (headless) screen, running real actions on a real database. */
@ExtendWith({ApplicationExtension.class, PostgresExtension.class})
class ActionDialogTest {
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
        if (dialog != null) {
            robot.interact(() -> dialog.stage().close());
        }
        tasks.close();
    }

    private PanelTestContext context(TestDatabase db, String environment) throws Exception {
        return new PanelTestContext(db, dir, new NativeTool(), home.resolve("journal.jsonl"), tasks, environment).load();
    }

    private ActionModel open(FxRobot robot, PanelTestContext ctx, Action action) {
        robot.interact(() -> dialog = ActionDialog.open(ActionModel.of(ctx, action), owner, JournalLinks.NONE));
        return dialog.model();
    }

    private static RepairAction repair(PanelTestContext ctx, ActionKind kind, String version) {
        return RepairAction.plan(ctx.report().get(), ctx.audit().writer(ctx.database().spec().database()), kind,
                Version.parse(version));
    }

    private static void waitFor(ActionModel model, ActionModel.Phase phase) throws Exception {
        FxWait.untilFx(() -> model.phase().get() == phase);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void blockersAreShownAndRunStaysDisabled(TestDatabase db, FxRobot robot) throws Exception {
        new MigrationFolder(dir).copySample("native");
        PanelTestContext ctx = context(db, "dev");
        open(robot, ctx, ApplyAction.plan(ctx.report().get(), ctx.audit().tool(),
                ctx.audit().writer(ctx.database().spec().database()), ApplyOptions.defaults()));
        assertTrue(robot.lookup("#action-blockers").query().isVisible());
        assertTrue(robot.lookup(".action-blocker").queryAll().stream().map(n -> ((Label) n).getText())
                .anyMatch(t -> t.contains("version 003 is claimed by")));
        Button run = robot.lookup("#action-run").queryButton();
        assertTrue(run.isDisabled());
        robot.clickOn(run);
        assertFalse(db.tableExists("schema_migrations"));
    }

    @Test
    void deleteRowInProductionWantsTheVersionAndTheDatabaseNameThenRunsAndJournals(TestDatabase db, FxRobot robot)
            throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);")
                .file("002_orders.sql", "CREATE TABLE orders (id bigint);");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        new MigrationFolder(dir).delete("002_orders.sql");
        PanelTestContext ctx = context(db, "production");
        ActionModel model = open(robot, ctx, repair(ctx, ActionKind.DELETE_TRACKING_ROW, "002"));
        Button run = robot.lookup("#action-run").queryButton();
        assertTrue(run.isDisabled());
        assertTrue(robot.lookup("#action-preview").queryAs(org.fxmisc.richtext.CodeArea.class).getText()
                .contains("DELETE FROM \"public\".\"schema_migrations\""));

        robot.clickOn("#action-confirm-version").write("002");
        assertTrue(run.isDisabled(), "production also wants the database name");
        robot.clickOn("#action-confirm-database").write(db.name());
        robot.clickOn("#action-reason").write("file removed on purpose, ticket 7");
        assertFalse(run.isDisabled());
        Screenshots.save(robot, dialog.stage().getScene().getRoot(), "action-dialog");

        robot.clickOn(run);
        waitFor(model, ActionModel.Phase.SUCCEEDED);
        assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations"));
        JournalEntry entry = ctx.journal().find(model.journalId().get()).orElseThrow();
        assertEquals("delete-row", entry.action());
        assertEquals("file removed on purpose, ticket 7", entry.reason());
        assertEquals(1, entry.removed().size());
        assertTrue(robot.lookup("#action-result").queryLabeled().getText().contains("journal entry " + entry.id()));
        assertTrue(robot.lookup("#action-show-journal").tryQuery().isPresent());
        FxWait.untilFx(() -> ctx.report().get().row(Version.parse("002")).isEmpty());
        Screenshots.save(robot, dialog.stage().getScene().getRoot(), "action-dialog-done");
    }

    @Test
    void aReadOnlyProfileShowsWhyAndNeverRuns(TestDatabase db, FxRobot robot) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        PanelTestContext ctx = context(db, "staging");
        ctx.setReadOnly(true);
        open(robot, ctx, repair(ctx, ActionKind.MARK_APPLIED, "001"));
        assertTrue(robot.lookup("#action-run").queryButton().isDisabled());
        assertTrue(robot.lookup("#action-hint").queryLabeled().getText().startsWith("This profile is read-only"));
        assertTrue(robot.lookup(".read-only-badge").query().isVisible());
        assertFalse(db.tableExists("schema_migrations"));
    }
}
