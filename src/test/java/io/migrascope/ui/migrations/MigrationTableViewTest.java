package io.migrascope.ui.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.ui.task.SynchronousTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The table view itself: many rows, the count chips, sorting and the remembered layout. */
@ExtendWith(ApplicationExtension.class)
class MigrationTableViewTest {
    private MigrationTableViewModel model;
    private MigrationTableView view;

    @Start
    void start(Stage stage) {
        model = new MigrationTableViewModel(new SynchronousTaskRunner());
        view = new MigrationTableView(model);
        Scene scene = new Scene(view, 1100, 600);
        scene.getStylesheets().add(getClass().getResource("/io/migrascope/ui/theme/migrascope.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<RowItem> table(FxRobot robot) {
        return robot.lookup("#migration-table-view").queryAs(TableView.class);
    }

    @Test
    void tenThousandRowsShowAndTheChipsFilterThem(FxRobot robot) throws Exception {
        List<MigrationRow> rows = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            rows.add(Rows.row(String.format("%05d", i), i <= 9_000 ? MigrationState.APPLIED : MigrationState.PENDING,
                    "m" + i));
        }
        robot.interact(() -> model.setReport(Rows.report(rows)));
        assertEquals(10_000, table(robot).getItems().size());
        ToggleButton pending = robot.lookup("#count-pending").queryAs(ToggleButton.class);
        assertEquals("1000 PENDING", pending.getText());
        robot.clickOn(pending);
        assertEquals(1_000, table(robot).getItems().size());
        assertTrue(pending.isSelected());
        robot.clickOn(pending);
        assertEquals(10_000, table(robot).getItems().size());
    }

    @Test
    void sortingByAColumnAndTheLayoutRoundTrip(FxRobot robot) throws Exception {
        robot.interact(() -> model.setReport(Rows.sampleLike()));
        robot.clickOn(robot.lookup(".column-header").match(n -> "version".equals(n.getId())).queryAs(javafx.scene.Node.class));
        robot.clickOn(robot.lookup(".column-header").match(n -> "version".equals(n.getId())).queryAs(javafx.scene.Node.class));
        assertEquals("007", WaitForAsyncUtils.asyncFx(() -> table(robot).getItems().get(0).version().text()).get(),
                "two clicks sort descending");

        ColumnLayout captured = WaitForAsyncUtils.asyncFx(view::captureLayout).get();
        assertEquals(List.of(new ColumnLayout.SortKey("version", false)), captured.sort());
        ColumnLayout moved = new ColumnLayout(List.of("name", "version"), Map.of("name", 333.0),
                List.of(new ColumnLayout.SortKey("name", true)));
        robot.interact(() -> view.applyLayout(moved));
        List<String> order = WaitForAsyncUtils.asyncFx(() -> table(robot).getColumns().stream()
                .map(TableColumn::getId).toList()).get();
        assertEquals(List.of("name", "version", "state", "file", "appliedAt", "appliedBy", "executionTime",
                "fileChecksum", "trackedChecksum"), order, "named columns first, the rest after in their order");
        assertEquals(333.0, table(robot).getColumns().get(0).getPrefWidth());
        assertEquals("add_missing_request_columns",
                WaitForAsyncUtils.asyncFx(() -> table(robot).getItems().get(0).name()).get(), "sorted by name");
    }
}
