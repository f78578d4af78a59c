package io.migrascope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Version;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.migrations.RowItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on the native sample, headless, against a real database. */
@ExtendWith({ApplicationExtension.class, PostgresExtension.class})
class MainWindowTest {
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

    private List<String> shownVersions(FxRobot robot) throws Exception {
        TableView<RowItem> table = WindowHarness.table(robot);
        return WaitForAsyncUtils.asyncFx(() -> table.getItems().stream().map(r -> r.version().text()).toList()).get();
    }

    private List<String> selectedVersions(FxRobot robot) throws Exception {
        TableView<RowItem> table = WindowHarness.table(robot);
        return WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().getSelectedItems().stream()
                .map(r -> r.version().text()).sorted().toList()).get();
    }

    @Test
    void theSampleShowsItsDuplicatesWithBothFilesAndTheCounts(FxRobot robot, TestDatabase db) throws Exception {
        ConsoleFixtures.nativeSamplePartlyApplied(db, dir);
        harness.open(robot, db, ConsoleFixtures.profile(db, dir, Environment.DEV));

        assertEquals("3 DUPLICATE", robot.lookup("#count-duplicate").queryAs(ToggleButton.class).getText());
        assertEquals("5 PENDING", robot.lookup("#count-pending").queryAs(ToggleButton.class).getText());
        assertEquals("1 DRIFTED_COSMETIC", robot.lookup("#count-drifted-cosmetic").queryAs(ToggleButton.class).getText());
        for (String files : List.of("003_add_missing_request_columns.sql\n003_add_unread_tracking.sql",
                "005_add_request_pins.sql\n005_enhance_chat_for_phase1.sql",
                "006_add_request_attachments.sql\n006_group_conversations.sql")) {
            assertTrue(WindowHarness.cell(robot, "file", files).isVisible(), files);
        }
        assertEquals("DUPLICATE", ((javafx.scene.control.Label) WindowHarness.cell(robot, "version", "005")
                .getTableRow().lookup(".state-badge")).getText(), "the badge names the state, not only its colour");
        assertEquals(db.column("SELECT current_user").get(0),
                robot.lookup("#status-role").queryAs(javafx.scene.control.Label.class).getText());
        assertEquals("Migrascope (native)", robot.lookup("#status-tool").queryAs(javafx.scene.control.Label.class)
                .getText());
    }

    @Test
    void filteringByStateAndTextAndCtrlFFocusesTheFilter(FxRobot robot, TestDatabase db) throws Exception {
        ConsoleFixtures.nativeSamplePartlyApplied(db, dir);
        harness.open(robot, db, ConsoleFixtures.profile(db, dir, Environment.DEV));
        assertEquals(10, shownVersions(robot).size());

        robot.clickOn("#count-duplicate");
        assertEquals(List.of("003", "005", "006"), shownVersions(robot));
        robot.clickOn("#count-drifted-cosmetic");
        assertEquals(List.of("001", "003", "005", "006"), shownVersions(robot));
        robot.clickOn("#clear-filters");
        assertEquals(10, shownVersions(robot).size());
        assertFalse(robot.lookup("#count-duplicate").queryAs(ToggleButton.class).isSelected());

        robot.clickOn(WindowHarness.cell(robot, "version", "002"));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField filter = robot.lookup("#migration-filter").queryAs(TextField.class);
        assertTrue(filter.isFocused(), "Ctrl+F focuses the filter");
        robot.write("unread");
        assertEquals(List.of("003"), shownVersions(robot));
        robot.interact(filter::clear);
        robot.write("notif");
        assertEquals(List.of("007"), shownVersions(robot));
    }

    @Test
    void choosingAFindingSelectsItsRowsByClickAndByEnter(FxRobot robot, TestDatabase db) throws Exception {
        ConsoleFixtures.nativeSamplePartlyApplied(db, dir);
        harness.open(robot, db, ConsoleFixtures.profile(db, dir, Environment.DEV));

        robot.clickOn(robot.lookup(".finding-code").match(n -> n instanceof javafx.scene.control.Label l
                && l.getText().equals("DUPLICATE_VERSION  [005]")).queryAs(Node.class));
        assertEquals(List.of("005"), selectedVersions(robot));

        @SuppressWarnings("unchecked")
        ListView<Finding> list = robot.lookup("#findings-list").queryAs(ListView.class);
        int index = WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).versions().equals(List.of(Version.parse("006")))) {
                    return i;
                }
            }
            return -1;
        }).get();
        robot.interact(() -> {
            list.requestFocus();
            list.getFocusModel().focus(index);
        });
        robot.type(KeyCode.ENTER);
        assertEquals(List.of("006"), selectedVersions(robot));
    }

    @Test
    void theToolbarFollowsTheSelectionAndTheLayoutIsSane(FxRobot robot, TestDatabase db) throws Exception {
        ConsoleFixtures.nativeSamplePartlyApplied(db, dir);
        harness.open(robot, db, ConsoleFixtures.profile(db, dir, Environment.DEV));
        Button realign = robot.lookup("#action-realign").queryAs(Button.class);
        Button markApplied = robot.lookup("#action-mark-applied").queryAs(Button.class);
        Button apply = robot.lookup("#action-apply").queryAs(Button.class);
        assertTrue(realign.isDisabled());

        robot.clickOn(WindowHarness.cell(robot, "version", "001"));
        WindowHarness.until(() -> !realign.isDisabled(), () -> "Realign is enabled on the DRIFTED_COSMETIC row: "
                + harness.window.actions().reason(ActionKind.REALIGN_CHECKSUM).get() + " / selected " + harness.window.table().selectedRows());
        assertTrue(markApplied.isDisabled());
        assertTrue(apply.isDisabled(), "the duplicates block apply: " + harness.window.actions().reason(ActionKind.APPLY).get());
        WindowHarness.until(() -> robot.lookup(".sql-code").queryAs(org.fxmisc.richtext.CodeArea.class).getText()
                .contains("CREATE TABLE"), "the SQL pane shows the file");

        robot.clickOn(WindowHarness.cell(robot, "version", "002"));
        WindowHarness.until(() -> realign.isDisabled() && harness.window.actions().reason(ActionKind.REALIGN_CHECKSUM).get().contains("cosmetic"),
                "Realign is disabled on an APPLIED row, and says why");
        robot.clickOn(WindowHarness.cell(robot, "version", "004"));
        WindowHarness.until(() -> !markApplied.isDisabled(), "Mark applied is enabled on a PENDING row");

        robot.clickOn(WindowHarness.cell(robot, "version", "001"));
        WindowHarness.until(() -> !realign.isDisabled(), "Realign again");
        Path shot = Path.of("target", "screenshots", "main-window.png");
        harness.screenshot(robot, shot);
        assertTrue(Files.size(shot) > 10_000);
    }

    @Test
    void theViewMenuSwitchesToTheDarkThemeAndTheContextMenuOffersTheActions(FxRobot robot, TestDatabase db)
            throws Exception {
        ConsoleFixtures.nativeSamplePartlyApplied(db, dir);
        harness.open(robot, db, ConsoleFixtures.profile(db, dir, Environment.DEV));
        javafx.scene.control.Label badge = (javafx.scene.control.Label) WindowHarness.cell(robot, "version", "002")
                .getTableRow().lookup(".state-badge");
        String light = background(badge);
        assertEquals("0x1b6e2eff", light, "APPLIED is green, defined once in the stylesheet");

        robot.clickOn("View").clickOn("Dark theme");
        assertTrue(robot.lookup("#main-window").query().getStyleClass().contains("theme-dark"));
        WindowHarness.until(() -> !background(badge).equals(light), "the badge takes the dark theme's colour");
        assertEquals("0x5fbf6fff", background(badge));

        robot.rightClickOn(WindowHarness.cell(robot, "version", "001"));
        WindowHarness.until(() -> robot.lookup("Realign checksum").tryQuery().isPresent(), "the context menu opens");
        javafx.scene.control.ContextMenu menu = WindowHarness.table(robot).getContextMenu();
        WindowHarness.until(() -> menu.getItems().stream().anyMatch(i -> "menu-realign".equals(i.getId()) && !i.isDisable()),
                "Realign is offered on the cosmetic row");
        assertTrue(menu.getItems().stream().anyMatch(i -> "menu-mark-applied".equals(i.getId()) && i.isDisable()));
        robot.type(KeyCode.ESCAPE);
    }

    private static String background(javafx.scene.control.Label badge) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> badge.getBackground().getFills().get(0).getFill().toString()).get();
    }

    @Test
    void f5ReadsTheStateAgain(FxRobot robot, TestDatabase db) throws Exception {
        ConsoleFixtures.nativeSamplePartlyApplied(db, dir);
        harness.open(robot, db, ConsoleFixtures.profile(db, dir, Environment.DEV));
        assertSame(MigrationState.APPLIED, harness.stateOf("002"));
        db.execute("DELETE FROM schema_migrations WHERE version = '002'");
        robot.clickOn(WindowHarness.cell(robot, "version", "003"));
        robot.type(KeyCode.F5);
        WindowHarness.until(() -> harness.stateOf("002") == MigrationState.UNTRACKED, "002 is untracked after F5");
    }
}
