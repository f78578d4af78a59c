package io.migrascope.ui.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Version;
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
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The SQL pane on screen: highlighted code, tabs for duplicates, and the drift comparison. */
@ExtendWith({ApplicationExtension.class, PostgresExtension.class})
class SqlPaneTest {
    @TempDir
    Path dir;

    @TempDir
    Path home;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    private SqlPane showPane(FxRobot robot, TestDatabase db, String version) throws Exception {
        PanelTestContext ctx = PanelTestContext.nativeDev(db, dir, home, tasks);
        MigrationRow row = ctx.readNow().row(Version.parse(version)).orElseThrow();
        SqlPane[] pane = new SqlPane[1];
        robot.interact(() -> {
            pane[0] = new SqlPane(ctx);
            stage.setScene(new Scene((javafx.scene.Parent) pane[0].node(), 900, 400));
            stage.show();
            pane[0].show(row);
        });
        FxWait.untilFx(() -> !pane[0].model().loading().get());
        WaitForAsyncUtils.waitForFxEvents();
        return pane[0];
    }

    @Test
    void aDriftedRowShowsBothSidesWithTheChangedLineMarked(TestDatabase db, FxRobot robot) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (\n    id bigint\n);\n");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (\r\n    id bigint\r\n);\r\n");
        showPane(robot, db, "001");
        assertTrue(robot.lookup("#diff-verdict").queryLabeled().getText().startsWith("Cosmetic only"));
        assertTrue(robot.lookup("#diff-verdict").query().getStyleClass().contains("diff-verdict-cosmetic"));
        CodeArea right = robot.lookup(".diff-code-right").queryAs(CodeArea.class);
        assertTrue(right.getText().startsWith("CREATE TABLE users (" + DriftComparison.CR));
        assertEquals(List.of("diff-changed"), List.copyOf(right.getParagraph(0).getParagraphStyle()));
        assertTrue(right.getStyleOfChar(1).contains(SqlHighlighter.KEYWORD), "both sides are highlighted");
        Screenshots.save(robot, stage.getScene().getRoot(), "sql-pane-cosmetic-diff");
    }

    @Test
    void aDuplicateVersionShowsATabPerFile(TestDatabase db, FxRobot robot) throws Exception {
        new MigrationFolder(dir).copySample("native");
        showPane(robot, db, "005");
        TabPane tabs = robot.lookup(".sql-pane-tabs").queryAs(TabPane.class);
        assertEquals(2, tabs.getTabs().size());
        assertTrue(robot.lookup("#sql-pane-heading").queryLabeled().getText().startsWith("Version 005 is claimed by 2"));
    }
}
