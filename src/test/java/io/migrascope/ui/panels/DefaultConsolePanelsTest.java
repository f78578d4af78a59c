package io.migrascope.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.RepairAction;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Version;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.task.FxTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The panels wired together: a run links to its journal entry, and its undo runs through the same dialog. */
@ExtendWith({ApplicationExtension.class, PostgresExtension.class})
class DefaultConsolePanelsTest {
    @TempDir
    Path dir;

    @TempDir
    Path home;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 600, 400));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != owner && w instanceof Stage).forEach(w -> ((Stage) w).close()));
        tasks.close();
    }

    @Test
    void aRepairLinksToItsJournalEntryAndItsUndoPutsTheStateBack(TestDatabase db, FxRobot robot) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        db.execute("CREATE TABLE users (id bigint)");
        PanelTestContext ctx = PanelTestContext.nativeDev(db, dir, home, tasks).load();
        DefaultConsolePanels panels = new DefaultConsolePanels(ctx);
        Node[] sql = new Node[2];
        robot.interact(() -> {
            sql[0] = panels.sqlPane();
            sql[1] = panels.sqlPane();
            ((StackPane) owner.getScene().getRoot()).getChildren().add(sql[0]);
            panels.showRow(ctx.report().get().row(Version.parse("001")).orElseThrow());
        });
        assertSame(sql[0], sql[1], "created once");
        FxWait.untilFx(() -> robot.lookup("#sql-pane-heading").queryLabeled().getText().startsWith("001_users.sql"));

        RepairAction mark = RepairAction.plan(ctx.report().get(), ctx.audit().writer(db.name()),
                ActionKind.MARK_APPLIED, Version.parse("001"));
        robot.interact(() -> panels.runAction(mark, owner));
        robot.clickOn("#action-reason").write("pushed by hand earlier");
        robot.clickOn("#action-run");
        FxWait.untilFx(() -> robot.lookup("#action-show-journal").tryQuery().isPresent());
        assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations"));

        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#action-undo");
        FxWait.untilFx(() -> robot.lookup("#action-title").tryQuery()
                .map(n -> ((javafx.scene.control.Labeled) n).getText().startsWith("Undo journal entry")).orElse(false));
        assertEquals(1, robot.lookup("#action-title").queryAll().size(), "the undo dialog replaces the first one");
        robot.clickOn("#action-reason").write("marked by mistake");
        robot.clickOn("#action-run");
        FxWait.until(() -> db.column("SELECT version FROM schema_migrations").isEmpty());

        FxWait.untilFx(() -> robot.lookup("#action-show-journal").tryQuery().isPresent());
        robot.clickOn("#action-show-journal");
        FxWait.untilFx(() -> robot.lookup("#journal-table").tryQuery()
                .map(t -> ((TableView<?>) t).getSelectionModel().getSelectedIndex() == 0).orElse(false));
        TableView<?> table = robot.lookup("#journal-table").queryTableView();
        assertEquals(2, table.getItems().size());
        assertTrue(robot.lookup(".journal-detail-title").queryLabeled().getText().startsWith("undo of "));
        assertTrue(ctx.journal().read().entries().stream().anyMatch(e -> "undo".equals(e.action()) && e.isCommitted()));
    }
}
