package io.migrascope.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.db.profile.ProfileStore;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Version;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.migrations.RowItem;
import io.migrascope.ui.profile.SessionPasswords;
import io.migrascope.ui.task.FxTaskRunner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the main window on a real task runner and opens profiles in it, as a user would. */
final class WindowHarness {
    final Stage stage;
    final MainWindow window;
    final SessionPasswords passwords = new SessionPasswords();
    private final FxTaskRunner runner = new FxTaskRunner();

    WindowHarness(Stage stage, Path config) {
        this.stage = stage;
        this.window = new MainWindow(stage, new MainWindow.Services(runner, new ProfileStore(config), passwords,
                UiMemory.inMemory(), Journal.standard(), Map.of()), io.migrascope.ui.panels.DefaultConsolePanels::new);
        window.show();
    }

    /** Saves the profile through the list, which selects it, which opens it; waits for its rows. */
    void open(FxRobot robot, TestDatabase db, Profile profile) {
        io.migrascope.core.db.profile.ImportedProfile imported =
                io.migrascope.core.db.profile.ProfileImport.fromUrl(db.url());
        if (imported.hasPassword()) {
            passwords.remember(profile, imported.password());
        }
        robot.interact(() -> window.profiles().save(null, profile, () -> { }));
        until(() -> window.session() != null && window.session().profile().equals(profile)
                && !window.table().allRows().isEmpty(), "the profile opens: " + window.model().statusProperty().get());
    }

    /** Waits (on the FX thread's view of things) until the condition holds. */
    static void until(Callable<Boolean> condition, String what) {
        until(condition, () -> what);
    }

    /** As above, with a description computed when it failed (so it can show the state then). */
    static void until(Callable<Boolean> condition, java.util.function.Supplier<String> what) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            String described;
            try {
                described = WaitForAsyncUtils.asyncFx(what::get).get();
            } catch (Exception inner) {
                described = what.toString();
            }
            throw new AssertionError("timed out waiting until " + described, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    MigrationState stateOf(String version) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.table().allRows().stream()
                .filter(r -> r.version().equals(Version.parse(version))).findFirst().map(RowItem::state).orElse(null)).get();
    }

    /** The table cell showing {@code text} in the column {@code columnId}. */
    @SuppressWarnings("unchecked")
    static TableCell<RowItem, ?> cell(FxRobot robot, String columnId, String text) {
        return robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && columnId.equals(c.getTableColumn().getId()) && text.equals(shown(c))).query();
    }

    /** The text a cell shows: its own, or its graphic's labels one per line (the file column). */
    static String shown(TableCell<?, ?> cell) {
        if (cell.getText() != null) {
            return cell.getText();
        }
        if (cell.getGraphic() instanceof javafx.scene.layout.Pane pane) {
            return String.join("\n", pane.getChildren().stream().filter(n -> n instanceof javafx.scene.control.Label)
                    .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static TableView<RowItem> table(FxRobot robot) {
        return robot.lookup("#migration-table-view").queryAs(TableView.class);
    }

    void screenshot(FxRobot robot, Path file) throws IOException {
        Image image = robot.capture(stage.getScene().getRoot()).getImage();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        assertTrue(ImageIO.write(out, "png", file.toFile()));
    }

    void close(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().close());
        FxToolkit.cleanupStages();
        runner.close();
    }
}
