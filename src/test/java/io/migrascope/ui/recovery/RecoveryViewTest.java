package io.migrascope.ui.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.Finding;
import io.migrascope.core.model.FindingCode;
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
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
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

/** The guided recovery walked on screen, from a failed migration to "Resolved", on a real database. */
@ExtendWith({ApplicationExtension.class, PostgresExtension.class})
class RecoveryViewTest {
    @TempDir
    Path dir;

    @TempDir
    Path home;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private Stage owner;
    private RecoveryView view;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("main window")), 500, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (view != null) {
            robot.interact(() -> view.stage().close());
        }
        tasks.close();
    }

    private static String texts(FxRobot robot, String query) {
        StringBuilder sb = new StringBuilder();
        for (Node n : robot.lookup(query).queryAll()) {
            robot.from(n).lookup(".label").queryAll().forEach(l -> sb.append(((Label) l).getText()).append('\n'));
        }
        return sb.toString();
    }

    @Test
    void aFailedMigrationWhoseObjectsAreAbsentIsRolledBackAndVerifiedResolved(TestDatabase db, FxRobot robot)
            throws Exception {
        new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint, email text);")
                .file("002_index.sql", "CREATE INDEX CONCURRENTLY users_email ON users (no_such_column);\n");
        assertEquals(2, CliRun.apply(db, dir).exitCode());
        PanelTestContext ctx = new PanelTestContext(db, dir, new NativeTool(), home.resolve("journal.jsonl"), tasks,
                "dev").load();
        Finding failed = ctx.report().get().findings().stream()
                .filter(f -> f.code() == FindingCode.FAILED_MIGRATION).findFirst().orElseThrow();

        robot.interact(() -> view = RecoveryView.open(RecoveryModel.of(ctx, failed), owner));
        FxWait.untilFx(() -> view.model().guide().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1  What happened", robot.lookup("#recovery-step-current").queryLabeled().getText());
        assertTrue(robot.lookup("#recovery-what-happened").queryLabeled().getText()
                .contains("None of its objects exist, so it changed nothing that stayed."));

        robot.clickOn("#recovery-next");
        String evidence = texts(robot, "#recovery-evidence");
        assertTrue(evidence.contains("catalog: 0 of 1 objects"), evidence);
        assertTrue(evidence.contains("002 is FAILED"), evidence);

        robot.clickOn("#recovery-next");
        RadioButton recommended = robot.lookup("#recovery-option-0").queryAs(RadioButton.class);
        assertTrue(recommended.isSelected(), "the recommended option is chosen for you");
        assertTrue(recommended.getText().startsWith("Mark 002 rolled back"), recommended.getText());
        assertTrue(robot.lookup(".recovery-recommended").tryQuery().isPresent());
        Screenshots.save(robot, view.stage().getScene().getRoot(), "recovery-view-options");

        robot.clickOn("#recovery-next");
        assertTrue(robot.lookup("#action-title").queryLabeled().getText().equals("Mark 002 rolled back"));
        robot.clickOn("#action-reason").write("customer ticket 1234");
        robot.clickOn("#action-run");
        FxWait.untilFx(() -> view.model().verification().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("5  Verify", robot.lookup("#recovery-step-current").queryLabeled().getText());
        assertEquals("Resolved", robot.lookup("#recovery-result").queryLabeled().getText());
        String verification = texts(robot, "#recovery-verification");
        assertTrue(verification.contains("002: PENDING"), verification);
        assertTrue(verification.contains("catalog: 0 of 1 objects"), verification);
        assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations"));
        assertTrue(ctx.journal().read().entries().stream().anyMatch(e -> "customer ticket 1234".equals(e.reason())));
        Screenshots.save(robot, view.stage().getScene().getRoot(), "recovery-view");
    }
}
