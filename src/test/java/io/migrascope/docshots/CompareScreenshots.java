package io.migrascope.docshots;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrascope.core.audit.compare.ComparisonRow;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.db.profile.ProfileStore;
import io.migrascope.testing.TestDatabase;
import io.migrascope.testing.TestPostgres;
import io.migrascope.ui.app.MigrascopeApp;
import io.migrascope.ui.compare.CompareFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
 * The compare view's screenshot for docs/user-guide.md, from the real application: dev, staging and
 * production profiles sharing one folder (and one whose server is gone) are saved first, then View ▸
 * Compare environments… is used as a user would. Writes {@code docs/images/guide-compare.png}.
 *
 * <p>Skipped unless asked for, like {@link GuideScreenshots}:
 * <pre>mvn -B test -Dtest='io.migrascope.docshots.CompareScreenshots' -Dmigrascope.docshots=true</pre>
 */
@Tag("docs")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareScreenshots {
    private final FxRobot robot = new FxRobot();
    private final List<TestDatabase> databases = new ArrayList<>();
    private final String[] saved = new String[2];
    private Path scratch;
    private Application app;

    @BeforeAll
    void startTheApplicationWithThreeEnvironments() throws Exception {
        assumeTrue(Boolean.getBoolean(GuideScreenshots.FLAG), "screenshots only with -D" + GuideScreenshots.FLAG + "=true");
        scratch = Files.createTempDirectory("migrascope-compare-shots");
        for (int i = 0; i < 3; i++) {
            databases.add(TestPostgres.createDatabase());
        }
        Path folder = Files.createDirectories(scratch.resolve("shop-migrations"));
        ProfileStore store = new ProfileStore(scratch.resolve("config"));
        for (Profile p : CompareFixture.threeEnvironmentsAndOneGone(databases.get(0), databases.get(1),
                databases.get(2), folder)) {
            store.save(p);
        }
        saved[0] = System.getProperty("migrascope.home");
        saved[1] = System.getProperty("migrascope.config");
        System.setProperty("migrascope.home", scratch.resolve("home").toString());
        System.setProperty("migrascope.config", scratch.resolve("config").toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(MigrascopeApp.class);
        until(() -> robot.lookup("#profile-list-view").tryQuery().isPresent()
                && ((ListView<?>) robot.lookup("#profile-list-view").query()).getItems().size() == 4);
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
        databases.forEach(TestDatabase::close);
    }

    @Test
    void theGridOfThreeEnvironmentsWithThePromotionPreview() throws Exception {
        robot.clickOn("View").clickOn("#menu-compare");
        until(() -> robot.lookup("#compare-profiles").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#compare-profiles").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#compare-all-sharing");
        robot.clickOn("#compare-run");
        TableView<ComparisonRow> grid = robot.lookup("#compare-grid").queryTableView();
        until(() -> grid.getItems().size() == 3);
        robot.interact(() -> {
            robot.lookup("#promote-from").queryAs(ComboBox.class).setValue("staging");
            robot.lookup("#promote-to").queryAs(ComboBox.class).setValue("production");
        });
        until(() -> robot.lookup(".compare-warning").tryQuery().isPresent());
        assertTrue(robot.lookup("#compare-message").queryAs(Label.class).getText().contains("could not be read"));
        WaitForAsyncUtils.waitForFxEvents();
        Window window = grid.getScene().getWindow();
        Path file = Path.of("docs", "images", "guide-compare.png");
        Png.write(robot, window.getScene().getRoot(), file);
        assertTrue(Files.size(file) > 10_000, file + " has content");
    }

    private static void until(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
