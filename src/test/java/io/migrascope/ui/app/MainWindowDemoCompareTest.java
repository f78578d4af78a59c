package io.migrascope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.audit.compare.Cell;
import io.migrascope.core.audit.compare.ComparisonRow;
import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.model.MigrationState;
import io.migrascope.ui.task.FxTaskRunner;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The demo's environment story in the console: View ▸ Compare environments… on the native dev database. */
@ExtendWith(ApplicationExtension.class)
class MainWindowDemoCompareTest {
    private static final String DEV = "demo · native (seed 002)";
    private static final String STAGING = "demo · native · staging";
    private static final String PRODUCTION = "demo · native · production";
    @TempDir
    Path config;
    @TempDir
    Path data;
    private WindowHarness harness;
    private DemoSession demo;
    private final FxTaskRunner demoTasks = new FxTaskRunner();

    @Start
    void start(Stage stage) {
        System.setProperty("migrascope.config", config.toString());
        harness = new WindowHarness(stage, config);
        demo = new DemoSession(demoTasks, data);
        harness.window.startDemo(demo);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        harness.close(robot);
        demo.close();
        demoTasks.close();
    }

    @Test
    void compareEnvironmentsOnTheNativeDemoShowsDevStagingAndProductionAsColumns(FxRobot robot) throws Exception {
        WindowHarness.until(() -> profile(PRODUCTION) != null, "the demo's profiles are listed");
        assertEquals(Environment.STAGING, profile(STAGING).environment());
        assertEquals(Environment.PRODUCTION, profile(PRODUCTION).environment(), "opened read-only like any production");
        robot.interact(() -> harness.window.profiles().selectedProperty().set(profile(DEV)));
        WindowHarness.until(() -> harness.window.session() != null
                && harness.window.session().profile().name().equals(DEV)
                && !harness.window.table().allRows().isEmpty(), "the native demo opens");

        robot.clickOn("View").clickOn("#menu-compare");
        WindowHarness.until(() -> robot.lookup("#compare-profiles").tryQuery().isPresent(), "the compare window opens");
        ListView<?> chosen = robot.lookup("#compare-profiles").queryAs(ListView.class);
        WindowHarness.until(() -> chosen.getSelectionModel().getSelectedItems().size() == 3,
                "the three native databases are chosen, and no other demo");
        robot.clickOn("#compare-run");
        TableView<ComparisonRow> grid = robot.lookup("#compare-grid").queryTableView();
        WindowHarness.until(() -> grid.getItems().stream().anyMatch(r -> r.version().equals("010"))
                && grid.getItems().get(0).cells().stream().allMatch(c -> c.state() != null), "the grid fills");

        List<String> headers = grid.getColumns().stream().map(c -> c.getGraphic() == null ? "" : c.getGraphic().getId())
                .filter(id -> id != null && id.startsWith("compare-header-")).toList();
        assertEquals(List.of("compare-header-" + DEV, "compare-header-" + STAGING, "compare-header-" + PRODUCTION),
                headers);
        ComparisonRow index = grid.getItems().stream().filter(r -> r.version().equals("010")).findFirst().orElseThrow();
        assertEquals(List.of("FAILED", "APPLIED", "PENDING"), index.cells().stream().map(c -> c.state().name()).toList(),
                "010: failed on dev, through on staging, still to come on production");

        assertTrue(tooltipOf(robot, MigrationState.DRIFTED_COSMETIC).contains("stored checksum: "),
                "a drifted cell's tooltip names the checksum that database ran");
        assertTrue(tooltipOf(robot, MigrationState.PENDING).startsWith("PENDING: "),
                "the grid's one tooltip follows the cell it is shown for");
        robot.interact(() -> ((Stage) grid.getScene().getWindow()).close());
    }

    /** Shows the tooltip of a grid cell in {@code state}, as hovering does, and returns its text. */
    private static String tooltipOf(FxRobot robot, MigrationState state) throws Exception {
        TableCell<?, ?> cell = robot.lookup((javafx.scene.Node n) -> n instanceof TableCell<?, ?> c
                && c.getItem() instanceof Cell item && item.state() == state).query();
        Tooltip tooltip = cell.getTooltip();
        robot.interact(() -> tooltip.show(cell, 0, 0));
        String text = WaitForAsyncUtils.asyncFx(tooltip::getText).get();
        robot.interact(tooltip::hide);
        return text;
    }

    private Profile profile(String name) {
        return harness.window.profiles().profiles().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElse(null);
    }
}
