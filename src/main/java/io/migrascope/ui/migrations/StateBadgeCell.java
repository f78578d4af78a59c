package io.migrascope.ui.migrations;

import io.migrascope.core.model.MigrationState;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.controlsfx.glyphfont.Glyph;

/**
 * The state column: a badge with the state's colour, glyph and name, and its meaning as a tooltip.
 * A refresh redraws every visible cell, so a cell keeps its nodes: one tooltip, one glyph per state
 * it has shown, and a style class changed only when the state did. New nodes per update cost CSS
 * and layout on the FX thread for each of them.
 */
final class StateBadgeCell extends TableCell<RowItem, MigrationState> {
    private final Label badge = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final Map<MigrationState, Glyph> glyphs = new EnumMap<>(MigrationState.class);
    private MigrationState shown;

    StateBadgeCell() {
        badge.getStyleClass().add("state-badge");
    }

    @Override
    protected void updateItem(MigrationState state, boolean empty) {
        super.updateItem(state, empty);
        if (empty || state == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (state != shown) {
            if (shown != null) {
                badge.getStyleClass().remove(StateStyle.styleClass(shown));
            }
            badge.getStyleClass().add(StateStyle.styleClass(state));
            badge.setText(state.name());
            badge.setGraphic(glyphs.computeIfAbsent(state, StateStyle::glyph));
            tooltip.setText(state.name() + ": " + state.meaning());
            shown = state;
        }
        setGraphic(badge);
        setTooltip(tooltip);
    }
}
