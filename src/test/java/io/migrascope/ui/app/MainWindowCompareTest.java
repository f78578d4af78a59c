package io.migrascope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.audit.compare.ComparisonRow;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.compare.CompareFixture;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View ▸ Compare environments… from the console, with the open profile's folder-mates chosen. */
@ExtendWith({ApplicationExtension.class, PostgresExtension.class})
class MainWindowCompareTest {
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

    @Test
    void theMenuOpensTheCompareWindowOnTheProfilesSharingTheOpenOnesFolder(FxRobot robot, TestDatabase dev,
            TestDatabase staging, TestDatabase production) throws Exception {
        List<Profile> profiles = CompareFixture.threeEnvironmentsAndOneGone(dev, staging, production, dir);
        for (Profile p : List.of(profiles.get(0), profiles.get(2), profiles.get(3))) {
            robot.interact(() -> harness.window.profiles().save(null, p, () -> { }));
        }
        harness.open(robot, staging, profiles.get(1));

        robot.clickOn("View").clickOn("#menu-compare");
        WindowHarness.until(() -> robot.lookup("#compare-profiles").tryQuery().isPresent(), "the compare window opens");
        ListView<?> chosen = robot.lookup("#compare-profiles").queryAs(ListView.class);
        WindowHarness.until(() -> chosen.getSelectionModel().getSelectedItems().size() == 4,
                "the four profiles of the folder are chosen");
        assertTrue(chosen.getScene().getWindow() instanceof Stage s && s.getOwner() == harness.stage,
                "owned by the console, so it takes its theme");
        robot.clickOn("#compare-run");
        TableView<ComparisonRow> grid = robot.lookup("#compare-grid").queryTableView();
        WindowHarness.until(() -> grid.getItems().size() == 3, "the grid fills");
        int stagingCell = grid.getColumns().stream().map(c -> c.getGraphic() == null ? "" : c.getGraphic().getId())
                .toList().indexOf("compare-header-staging") - 2;
        assertEquals("DRIFTED", grid.getItems().get(2).cells().get(stagingCell).state().name(), "staging's 003");
        robot.interact(() -> ((Stage) grid.getScene().getWindow()).close());
    }
}
