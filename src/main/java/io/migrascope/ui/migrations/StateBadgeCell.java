package io.migrascope.ui.migrations;

import io.migrascope.core.model.MigrationState;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** The state column: a badge with the state's colour, glyph and name, and its meaning as a tooltip. */
final class StateBadgeCell extends TableCell<RowItem, MigrationState> {
    private final Label badge = new Label();

    StateBadgeCell() {
        badge.getStyleClass().add("state-badge");
    }

    @Override
    protected void updateItem(MigrationState state, boolean empty) {
        super.updateItem(state, empty);
        badge.getStyleClass().removeAll(StateStyle.allStyleClasses());
        if (empty || state == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        badge.getStyleClass().add(StateStyle.styleClass(state));
        badge.setText(state.name());
        badge.setGraphic(StateStyle.glyph(state));
        setGraphic(badge);
        setTooltip(new Tooltip(state.name() + ": " + state.meaning()));
    }
}
