package io.migrascope.docshots;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrascope.core.audit.compare.ComparisonRow;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.ui.app.MigrascopeApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The compare view's screenshot for docs/user-guide.md, from the real application on the demo
 * workspace: the console opens on demo · native, and View ▸ Compare environments… shows it with its
 * staging and production, as a newcomer sees it. Writes {@code docs/images/guide-compare.png}.
 *
 * <p>Skipped unless asked for, like {@link GuideScreenshots}:
 * <pre>mvn -B test -Dtest='io.migrascope.docshots.CompareScreenshots' -Dmigrascope.docshots=true</pre>
 */
@Tag("docs")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareScreenshots {
    private static final String DEV = "demo · native (seed 002)";
    private static final String STAGING = "demo · native · staging";
    private static final String PRODUCTION = "demo · native · production";
    private final FxRobot robot = new FxRobot();
    private final String[] saved = new String[2];
    private Application app;

    @BeforeAll
    void startTheApplicationOnTheDemo() throws Exception {
        assumeTrue(Boolean.getBoolean(GuideScreenshots.FLAG), "screenshots only with -D" + GuideScreenshots.FLAG + "=true");
        Path scratch = Files.createTempDirectory("migrascope-compare-shots");
        saved[0] = System.getProperty("migrascope.home");
        saved[1] = System.getProperty("migrascope.config");
        // No profiles stored: the console opens on the demo, built from scratch in the scratch folder.
        System.setProperty("migrascope.home", scratch.resolve("home").toString());
        System.setProperty("migrascope.config", scratch.resolve("config").toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(MigrascopeApp.class);
        until(() -> {
            ListView<?> profiles = (ListView<?>) robot.lookup("#profile-list-view").query();
            return profiles.getItems().stream().anyMatch(p -> ((Profile) p).name().equals(PRODUCTION))
                    && !((TableView<?>) robot.lookup("#migration-table-view").query()).getItems().isEmpty();
        });
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        for (int i = 0; i < 2; i++) {
            String property = i == 0 ? "migrascope.home" : "migrascope.config";
            if (saved[i] == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, saved[i]);
            }
        }
    }

    @Test
    void theNativeDemosDevStagingAndProductionWithThePromotionPreview() throws Exception {
        robot.clickOn("View").clickOn("#menu-compare");
        until(() -> robot.lookup("#compare-profiles").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#compare-profiles").queryAs(ListView.class);
        until(() -> list.getSelectionModel().getSelectedItems().size() == 3);
        robot.clickOn("#compare-run");
        TableView<ComparisonRow> grid = robot.lookup("#compare-grid").queryTableView();
        until(() -> grid.getItems().size() >= 10 && robot.lookup("#compare-cancel").queryButton().isDisabled());
        robot.interact(() -> {
            robot.lookup("#promote-from").queryAs(ComboBox.class).setValue(STAGING);
            robot.lookup("#promote-to").queryAs(ComboBox.class).setValue(PRODUCTION);
        });
        until(() -> robot.lookup(".compare-warning").tryQuery().isPresent());
        assertTrue(grid.getColumns().stream().anyMatch(c -> c.getGraphic() != null
                && ("compare-header-" + DEV).equals(c.getGraphic().getId())), "dev is a column");
        WaitForAsyncUtils.waitForFxEvents();
        Window window = grid.getScene().getWindow();
        Path file = Path.of("docs", "images", "guide-compare.png");
        Png.write(robot, window.getScene().getRoot(), file);
        assertTrue(Files.size(file) > 10_000, file + " has content");
    }

    private static void until(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
