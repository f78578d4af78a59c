package io.migrascope.ui.app;

import io.migrascope.ui.migrations.MigrationTableView;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Moves the window's layout between the stage and {@link UiMemory}. */
final class WindowMemory {
    static final String MIGRATIONS_TABLE = "migrations";

    private WindowMemory() {
    }

    static void restore(Stage stage, UiMemory memory, MigrationTableView table, List<SplitPane> splits,
                        BooleanProperty darkTheme) {
        UiMemory.State state = memory.state();
        UiMemory.Bounds b = state.window();
        // Only where it is still on a screen: a window remembered on a monitor since unplugged would be lost.
        if (b != null && b.width() > 200 && b.height() > 150
                && !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty()) {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        }
        table.applyLayout(state.tables().get(MIGRATIONS_TABLE));
        for (int i = 0; i < splits.size(); i++) {
            double[] positions = state.dividers().get("split-" + i);
            if (positions != null && positions.length == splits.get(i).getDividers().size()) {
                splits.get(i).setDividerPositions(positions);
            }
        }
        darkTheme.set(state.darkTheme());
    }

    static void capture(Stage stage, UiMemory memory, MigrationTableView table, List<SplitPane> splits, boolean dark) {
        memory.update(s -> {
            UiMemory.State next = s.withWindow(new UiMemory.Bounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()))
                    .withTable(MIGRATIONS_TABLE, table.captureLayout())
                    .withDarkTheme(dark);
            for (int i = 0; i < splits.size(); i++) {
                next = next.withDividers("split-" + i, splits.get(i).getDividerPositions());
            }
            return next;
        });
    }
}
