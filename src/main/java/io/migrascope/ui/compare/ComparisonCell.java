package io.migrascope.ui.compare;

import io.migrascope.core.audit.compare.Cell;
import io.migrascope.core.audit.compare.ComparisonRow;
import io.migrascope.ui.migrations.StateStyle;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * One migration in one database: the state badge in the migrations table's colours and glyph, the
 * applied-at time below it, the stored checksum in the tooltip (where a drift shows which one).
 */
final class ComparisonCell extends TableCell<ComparisonRow, Cell> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final Label badge = new Label();
    private final Label appliedAt = new Label();
    private final VBox box = new VBox(2, badge, appliedAt);

    ComparisonCell() {
        badge.getStyleClass().add("state-badge");
        appliedAt.getStyleClass().add("compare-applied-at");
    }

    @Override
    protected void updateItem(Cell cell, boolean empty) {
        super.updateItem(cell, empty);
        badge.getStyleClass().removeAll(StateStyle.allStyleClasses());
        badge.getStyleClass().remove("compare-unknown");
        if (empty || cell == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (cell.state() == null) {
            badge.setText("unknown");
            badge.setGraphic(null);
            badge.getStyleClass().add("compare-unknown");
            setTooltip(new Tooltip("Not known here: the database could not be read, or has no such migration."));
        } else {
            badge.setText(cell.state().name());
            badge.setGraphic(StateStyle.glyph(cell.state()));
            badge.getStyleClass().add(StateStyle.styleClass(cell.state()));
            setTooltip(new Tooltip(cell.state().name() + ": " + cell.state().meaning()
                    + (cell.trackedChecksum() == null ? "" : "\nstored checksum: " + cell.trackedChecksum())));
        }
        appliedAt.setText(cell.appliedAt() == null ? "" : WHEN.format(cell.appliedAt()));
        appliedAt.setManaged(cell.appliedAt() != null);
        setGraphic(box);
    }
}
