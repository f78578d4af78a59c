package io.migrascope.ui.compare;

import io.migrascope.core.audit.compare.Cell;
import io.migrascope.core.audit.compare.ComparisonRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.ui.migrations.StateStyle;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * One migration in one database: the state badge in the migrations table's colours and glyph, the
 * applied-at time below it, the stored checksum in the tooltip (where a drift shows which one).
 *
 * <p>A grid of 200 databases has thousands of these, and each is updated whenever it scrolls or the
 * rows change. So a cell keeps its nodes: one glyph per state it has shown, its style class swapped
 * only when the state changes, and the grid's one tooltip, whose text is the hovered cell's. A new
 * tooltip (a popup window) and glyph per update, and re-styling the badge each time, made the grid
 * take seconds to fill.
 */
final class ComparisonCell extends TableCell<ComparisonRow, Cell> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final String UNKNOWN = "compare-unknown";
    private final Label badge = new Label();
    private final Label appliedAt = new Label();
    private final VBox box = new VBox(2, badge, appliedAt);
    private final Tooltip tooltip;
    private String tooltipText = "";
    private final Map<MigrationState, Node> glyphs = new EnumMap<>(MigrationState.class);
    /** The style class the badge has now, or null before the first non-empty update. */
    private String badgeStyle;

    /** {@code tooltip}: the grid's one tooltip, from {@link #sharedTooltip()}. */
    ComparisonCell(Tooltip tooltip) {
        this.tooltip = tooltip;
        badge.getStyleClass().add("state-badge");
        appliedAt.getStyleClass().add("compare-applied-at");
    }

    @Override
    protected void updateItem(Cell cell, boolean empty) {
        super.updateItem(cell, empty);
        if (empty || cell == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        MigrationState state = cell.state();
        if (state == null) {
            badge.setText("unknown");
            badge.setGraphic(null);
            restyle(UNKNOWN);
            tooltipText = "Not known here: the database could not be read, or has no such migration.";
        } else {
            badge.setText(state.name());
            badge.setGraphic(glyphs.computeIfAbsent(state, StateStyle::glyph));
            restyle(StateStyle.styleClass(state));
            tooltipText = state.name() + ": " + state.meaning()
                    + (cell.trackedChecksum() == null ? "" : "\nstored checksum: " + cell.trackedChecksum());
        }
        appliedAt.setText(cell.appliedAt() == null ? "" : WHEN.format(cell.appliedAt()));
        appliedAt.setManaged(cell.appliedAt() != null);
        setTooltip(tooltip);
        setGraphic(box);
    }

    /** One tooltip for every cell of a grid; it shows the text of the cell it is shown for. */
    static Tooltip sharedTooltip() {
        Tooltip shared = new Tooltip();
        shared.setOnShowing(e -> {
            if (shared.getOwnerNode() instanceof ComparisonCell cell) {
                shared.setText(cell.tooltipText);
            }
        });
        return shared;
    }

    /** Each change of the style classes makes JavaFX restyle the badge, so an unchanged one is left alone. */
    private void restyle(String style) {
        if (style.equals(badgeStyle)) {
            return;
        }
        if (badgeStyle != null) {
            badge.getStyleClass().remove(badgeStyle);
        }
        badge.getStyleClass().add(style);
        badgeStyle = style;
    }
}
