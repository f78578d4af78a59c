package io.migrascope.ui.compare;

import java.util.Arrays;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** A database column's header: its name and how reading it goes (waiting, reading, slow, read, or why not). */
final class DatabaseHeader extends VBox {
    private final Label name = new Label();
    private final Label status = new Label();
    private final Tooltip tooltip = new Tooltip();

    DatabaseHeader(String database) {
        super(1);
        name.setText(database);
        name.getStyleClass().add("compare-header-name");
        status.getStyleClass().add("compare-header-status");
        status.setMaxWidth(160);
        getChildren().addAll(name, status);
        setId("compare-header-" + database);
        getStyleClass().add("compare-header");
        Tooltip.install(this, tooltip);
    }

    void show(DatabaseProgress progress) {
        String phase = styleClass(progress.phase());
        if (!getStyleClass().contains(phase)) {
            getStyleClass().removeAll(Arrays.stream(DatabaseProgress.Phase.values()).map(DatabaseHeader::styleClass).toList());
            getStyleClass().add(phase);
        }
        status.setText(progress.detail());
        tooltip.setText(progress.name() + ": " + progress.detail());
    }

    String statusText() {
        return status.getText();
    }

    static String styleClass(DatabaseProgress.Phase phase) {
        return "compare-" + phase.name().toLowerCase(Locale.ROOT);
    }
}
