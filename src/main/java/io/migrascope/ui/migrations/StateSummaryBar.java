package io.migrascope.ui.migrations;

import io.migrascope.core.model.MigrationState;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * The counts per state ("3 DUPLICATE"); each count is a toggle that shows only the rows in that
 * state (several may be on at once; none on shows every row).
 */
final class StateSummaryBar extends FlowPane {
    private final MigrationTableViewModel model;
    private final Label total = new Label();

    StateSummaryBar(MigrationTableViewModel model) {
        this.model = model;
        getStyleClass().add("summary-bar");
        setId("state-summary");
        setHgap(6);
        setVgap(4);
        total.getStyleClass().add("summary-total");
        model.countsProperty().addListener((obs, old, now) -> rebuild(now));
        model.shownStates().addListener((SetChangeListener<MigrationState>) c -> syncToggles());
        rebuild(model.countsProperty().get());
    }

    private void rebuild(Map<MigrationState, Integer> counts) {
        getChildren().clear();
        int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
        total.setText(sum == 0 ? "No migrations" : sum + " migrations:");
        getChildren().add(total);
        for (MigrationState state : MigrationState.values()) {
            int n = counts.getOrDefault(state, 0);
            if (n == 0) {
                continue;
            }
            ToggleButton chip = new ToggleButton(n + " " + state.name(), StateStyle.glyph(state));
            chip.setMnemonicParsing(false);
            chip.setId("count-" + StateStyle.styleClass(state).substring("state-".length()));
            chip.getStyleClass().addAll("state-chip", StateStyle.styleClass(state));
            chip.setUserData(state);
            chip.setSelected(model.shownStates().contains(state));
            chip.setTooltip(new Tooltip("Show only " + state.name() + " rows (" + state.meaning() + ");"
                    + " click again to show all"));
            chip.setOnAction(e -> model.toggleState(state));
            getChildren().add(chip);
        }
    }

    private void syncToggles() {
        getChildren().stream().filter(n -> n instanceof ToggleButton).map(n -> (ToggleButton) n)
                .forEach(t -> t.setSelected(model.shownStates().contains((MigrationState) t.getUserData())));
    }
}
