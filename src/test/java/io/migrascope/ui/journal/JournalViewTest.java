package io.migrascope.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.RepairAction;
import io.migrascope.core.action.RepairExecutor;
import io.migrascope.core.action.TrackingWrite;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.nativeformat.NativeTool;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.action.JournalLinks;
import io.migrascope.ui.panels.FxWait;
import io.migrascope.ui.panels.PanelTestContext;
import io.migrascope.ui.panels.Screenshots;
import io.migrascope.ui.task.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
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

/** The journal window over a real journal and database: the entry, its row images, and undo. */
@ExtendWith({ApplicationExtension.class, PostgresExtension.class})
class JournalViewTest {
    @TempDir
    Path dir;

    @TempDir
    Path home;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private Stage owner;
    private JournalView view;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("main window")), 500, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
                if (w != owner && w instanceof Stage s) {
                    s.close();
                }
            }
        });
        tasks.close();
    }

    @Test
    void listsTheEntryWithItsRowImagesAndUndoRestoresTheRow(TestDatabase db, FxRobot robot) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        PanelTestContext ctx = new PanelTestContext(db, dir, new NativeTool(), home.resolve("journal.jsonl"), tasks,
                "dev").load();
        RepairAction delete = RepairAction.plan(ctx.report().get(), ctx.audit().writer(db.name()),
                ActionKind.DELETE_TRACKING_ROW, Version.parse("001"));
        TrackingWrite done = new RepairExecutor(ctx.writeContext("cleaning up, ticket 9"), ctx.audit()).execute(delete);
        assertEquals(List.of(), db.column("SELECT version FROM schema_migrations"));
        Files.writeString(ctx.journal().file(), "{not json\n", StandardOpenOption.APPEND);

        robot.interact(() -> view = JournalView.open(new JournalModel(ctx), new UndoFlow(ctx, JournalLinks.NONE), owner));
        FxWait.untilFx(() -> view.model().rows().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        JournalRow row = view.model().rows().get(0);
        assertEquals(done.journalId(), row.entry().id());
        assertEquals("delete-row", row.action());
        assertEquals("001", row.versions());
        assertEquals("cleaning up, ticket 9", row.reason());
        assertEquals("\u22121 +0", row.rows());
        assertTrue(row.removed().get(0).contains("\"version\" : \"001\""), row.removed().get(0));
        assertTrue(robot.lookup("#journal-damaged").queryLabeled().getText().startsWith("1 unreadable line(s)"));

        robot.interact(() -> view.select(done.journalId()));
        TableView<?> table = robot.lookup("#journal-table").queryTableView();
        assertEquals(0, table.getSelectionModel().getSelectedIndex());
        TitledPane removed = robot.lookup("#journal-removed").queryAs(TitledPane.class);
        assertFalse(removed.isExpanded());
        robot.clickOn(removed);
        assertTrue(removed.isExpanded());
        assertTrue(((TextArea) removed.getContent()).getText().contains("\"name\" : \"users\""));
        Screenshots.save(robot, view.stage().getScene().getRoot(), "journal-view");

        robot.clickOn("#journal-undo");
        FxWait.untilFx(() -> robot.lookup("#action-run").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#action-title").queryLabeled().getText().startsWith("Undo journal entry " + done.journalId()));
        robot.clickOn("#action-reason").write("restore after all");
        robot.clickOn("#action-run");
        FxWait.until(() -> !db.column("SELECT version FROM schema_migrations").isEmpty());
        assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations"));
        FxWait.untilFx(() -> view.model().rows().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        JournalRow undo = view.model().rows().get(0);
        assertEquals("undo of " + done.journalId(), undo.action());
        assertEquals("restore after all", undo.reason());
        assertEquals("undone by " + undo.entry().id(), view.model().rows().get(1).state());
        assertFalse(view.model().rows().get(1).undoable());
    }
}
