package io.migrascope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.model.MigrationState;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A production profile: the red banner, writes refused by the server, and the typed unlock. */
@ExtendWith({ApplicationExtension.class, PostgresExtension.class})
class ProductionWindowTest {
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

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void theBannerSaysReadOnlyAndOnlyTheTypedDatabaseNameUnlocks(FxRobot robot, TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_orders.sql", "CREATE TABLE orders (id bigint);");
        harness.open(robot, db, ConsoleFixtures.profile(db, dir, Environment.PRODUCTION));
        Node banner = robot.lookup("#production-banner").query();
        assertTrue(banner.isVisible());
        assertEquals("PRODUCTION — read-only", label(robot, "#production-banner-text").getText());
        assertTrue(label(robot, "#status-read-only").isVisible());
        try (Connection c = harness.window.session().database().open(); Statement st = c.createStatement()) {
            assertEquals("25006", assertThrows(SQLException.class, () -> st.execute("CREATE TABLE x (id int)"))
                    .getSQLState(), "the server refuses, not only the buttons");
        }

        Button markApplied = robot.lookup("#action-mark-applied").queryAs(Button.class);
        robot.clickOn(WindowHarness.cell(robot, "version", "001"));
        // The context menu's disabled item carries the same reason the toolbar's tooltip shows.
        javafx.scene.control.MenuItem menuItem = robot.lookup("#migration-table-view")
                .queryAs(javafx.scene.control.TableView.class).getContextMenu().getItems().stream()
                .filter(i -> "menu-mark-applied".equals(i.getId())).findFirst().orElseThrow();
        WindowHarness.until(() -> menuItem.getText().startsWith("Mark applied — Read-only: Mark 001 applied"),
                () -> "the disabled item says why: " + menuItem.getText());
        assertTrue(markApplied.isDisabled());

        robot.clickOn("#production-unlock");
        robot.clickOn("#unlock-database-name").write("staging").type(KeyCode.ENTER);
        WindowHarness.until(() -> robot.lookup("Still read-only").tryQuery().isPresent(), "the refusal is shown");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.getText().equals("OK")
                && b.getScene() != harness.stage.getScene()).queryAs(Button.class));
        assertTrue(harness.window.session().readOnly().get());

        robot.clickOn("#production-unlock");
        robot.clickOn("#unlock-database-name").write(db.name()).type(KeyCode.ENTER);
        WindowHarness.until(() -> !harness.window.session().readOnly().get(), "unlocked");
        assertEquals("PRODUCTION — writes allowed in this session", label(robot, "#production-banner-text").getText());
        assertFalse(label(robot, "#status-read-only").isVisible());
        WindowHarness.until(() -> !markApplied.isDisabled(), "Mark applied is enabled once unlocked");

        // Even unlocked, a production write asks for the database name in the confirmation.
        robot.clickOn(markApplied);
        Button run = robot.lookup("#action-run").queryAs(Button.class);
        assertTrue(run.isDisabled(), "not before the name is typed");
        robot.clickOn("#action-confirm-database").write(db.name());
        assertFalse(run.isDisabled());
        robot.clickOn(run);
        WindowHarness.until(() -> harness.stateOf("001") == MigrationState.APPLIED, "001 is marked applied");
    }
}
