package io.migrascope.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.glyphfont.FontAwesome;
import org.controlsfx.glyphfont.Glyph;

/**
 * The red band over a production profile: "PRODUCTION — read-only" with Unlock…, or, once
 * unlocked, a reminder that writes are allowed with a button to lock again.
 */
final class ProductionBanner extends HBox {
    private final BooleanProperty unlocked = new SimpleBooleanProperty();
    private final Label text = new Label();

    ProductionBanner(Runnable unlock, Runnable relock) {
        getStyleClass().add("production-banner");
        setId("production-banner");
        text.setId("production-banner-text");
        text.textProperty().bind(Bindings.when(unlocked)
                .then("PRODUCTION — writes allowed in this session")
                .otherwise("PRODUCTION — read-only"));
        Glyph lock = new Glyph("FontAwesome", FontAwesome.Glyph.LOCK);
        unlocked.addListener((obs, was, now) -> lock.setIcon(now ? FontAwesome.Glyph.UNLOCK : FontAwesome.Glyph.LOCK));
        text.setGraphic(lock);
        Label detail = new Label();
        detail.textProperty().bind(Bindings.when(unlocked)
                .then("Every write still shows its preview and asks for the database name.")
                .otherwise("PostgreSQL refuses writes in this session (default_transaction_read_only)."));
        Button unlockButton = new Button("Unlock…");
        unlockButton.setId("production-unlock");
        unlockButton.setOnAction(e -> unlock.run());
        unlockButton.visibleProperty().bind(unlocked.not());
        unlockButton.managedProperty().bind(unlockButton.visibleProperty());
        Button relockButton = new Button("Lock again");
        relockButton.setId("production-relock");
        relockButton.setOnAction(e -> relock.run());
        relockButton.visibleProperty().bind(unlocked);
        relockButton.managedProperty().bind(relockButton.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(text, detail, spacer, unlockButton, relockButton);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    BooleanProperty unlockedProperty() {
        return unlocked;
    }
}
