package io.migrascope.ui.app;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The strip that says the console runs on the demo workspace, with how to leave it and Reset demo. */
final class DemoBanner extends HBox {
    private final Label text = new Label();
    private final Button reset = new Button("Reset demo");

    DemoBanner(Runnable onReset) {
        getStyleClass().add("demo-banner");
        setId("demo-banner");
        setSpacing(12);
        setPadding(new Insets(6, 12, 6, 12));
        text.setId("demo-banner-text");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        reset.setId("demo-reset");
        // The sentence wraps; the button keeps its label.
        reset.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        reset.setOnAction(e -> onReset.run());
        getChildren().setAll(text, reset);
        setVisible(false);
        setManaged(false);
    }

    StringProperty textProperty() {
        return text.textProperty();
    }

    void showing(boolean show, boolean resetEnabled) {
        setVisible(show);
        setManaged(show);
        reset.setDisable(!resetEnabled);
    }
}
