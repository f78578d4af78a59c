package io.migrascope.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.db.profile.ProfileStore;
import io.migrascope.ui.task.SynchronousTaskRunner;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The profile list and its editor and import, driven by the robot. */
@ExtendWith(ApplicationExtension.class)
class ProfileListViewTest {
    @TempDir
    Path config;
    @TempDir
    Path folder;
    private final SessionPasswords passwords = new SessionPasswords();
    private ProfileListViewModel model;

    @Start
    void start(Stage stage) {
        model = new ProfileListViewModel(new SynchronousTaskRunner(), new ProfileStore(config), passwords, Map.of());
        stage.setScene(new Scene(new ProfileListView(model), 320, 500));
        stage.show();
    }

    private static void replace(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    @Test
    void aNewProfileIsValidatedInTheEditorThenListedWithItsEnvironment(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#profile-edit").queryAs(Button.class).isDisabled(), "nothing selected yet");
        robot.clickOn("#profile-new");
        Button ok = robot.lookup("#profile-ok").queryAs(Button.class);
        assertTrue(ok.isDisabled());
        assertTrue(robot.lookup("#profile-problems").queryAs(Label.class).getText().contains("the profile needs a name"));
        replace(robot, "#profile-name", "shop");
        replace(robot, "#profile-database", "shop");
        replace(robot, "#profile-port", "port");
        assertTrue(robot.lookup("#profile-problems").queryAs(Label.class).getText().contains("port -1 is not between"));
        replace(robot, "#profile-port", "6543");
        replace(robot, "#profile-folder", folder.toString());
        assertFalse(ok.isDisabled(), robot.lookup("#profile-problems").queryAs(Label.class).getText());
        robot.clickOn(ok);

        Profile saved = new ProfileStore(config).list().get(0);
        assertEquals(6543, saved.port());
        assertEquals(Environment.DEV, saved.environment());
        assertEquals("shop", model.selectedProperty().get().name());
        assertTrue(robot.lookup(".env-tag").match(n -> n instanceof Label l && l.getText().equals("DEV")).tryQuery()
                .isPresent());
        assertFalse(robot.lookup("#profile-edit").queryAs(Button.class).isDisabled());
    }

    @Test
    void anImportedUrlOpensTheEditorWithTheNotesAndKeepsThePasswordForTheSession(FxRobot robot) throws Exception {
        robot.clickOn("#profile-import");
        robot.clickOn("#import-url").write("postgres://app:hunter2@prod-db.example.com:6432/shop");
        robot.type(KeyCode.ENTER);
        Node notes = robot.lookup(".dialog-notes").match(n -> n instanceof Label l
                && l.getText().contains("It was not saved with the profile")).query();
        assertTrue(notes.isVisible());
        replace(robot, "#profile-folder", folder.toString());
        robot.clickOn("#profile-ok");
        Profile saved = new ProfileStore(config).list().get(0);
        assertEquals(Environment.PRODUCTION, saved.environment());
        assertEquals("app", saved.user());
        assertTrue(passwords.has(saved));
        assertFalse(java.nio.file.Files.readString(config.resolve(ProfileStore.FILE_NAME)).contains("hunter2"));
    }

    @Test
    void testConnectionInTheEditorNamesABadPortAndAnUnknownHostBeforeSaving(FxRobot robot) throws Exception {
        robot.clickOn("#profile-new");
        replace(robot, "#profile-port", "99999");
        // fire, not a click: the headless screen may end above the dialog's last row.
        Button test = robot.lookup("#profile-editor-test").queryButton();
        Label result = robot.lookup("#profile-test-result").queryAs(Label.class);
        robot.interact(test::fire);
        waitForResult(result);
        assertTrue(result.getText().contains("port 99999 is not between 1 and 65535"), result.getText());

        replace(robot, "#profile-port", "5432");
        replace(robot, "#profile-host", "no-such-host.invalid");
        robot.interact(test::fire);
        waitForResult(result);
        assertTrue(result.getText().contains("the host name 'no-such-host.invalid' is not known"), result.getText());
        assertTrue(result.getStyleClass().contains("open-error"));
        Button cancel = robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.isCancelButton()).queryButton();
        robot.interact(cancel::fire);
        assertTrue(new ProfileStore(config).list().isEmpty(), "testing saved nothing");
    }

    /** The check runs off the FX thread (a name lookup can take a while on a busy machine). */
    private static void waitForResult(Label result) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !result.getText().isEmpty() && !result.getText().startsWith("Connecting"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
