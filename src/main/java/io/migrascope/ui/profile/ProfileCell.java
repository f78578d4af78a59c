package io.migrascope.ui.profile;

import io.migrascope.core.db.profile.Profile;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One profile: its colour chip, name, environment tag, and where it points. */
final class ProfileCell extends ListCell<Profile> {
    private final Region chip = new Region();
    private final Label name = new Label();
    private final Label env = new Label();
    private final Label detail = new Label();
    private final HBox graphic;

    ProfileCell() {
        chip.getStyleClass().add("env-chip");
        env.getStyleClass().add("env-tag");
        detail.getStyleClass().add("profile-detail");
        HBox title = new HBox(6, chip, name, env);
        title.setAlignment(Pos.CENTER_LEFT);
        graphic = new HBox(new VBox(1, title, detail));
    }

    @Override
    protected void updateItem(Profile profile, boolean empty) {
        super.updateItem(profile, empty);
        if (empty || profile == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        // The chip's colour is the user's choice for this profile, not a state colour: hence inline.
        chip.setStyle("-fx-background-color: " + profile.colour() + ";");
        name.setText(profile.name());
        env.setText(profile.environment().tag().toUpperCase(java.util.Locale.ROOT));
        detail.setText((profile.user() == null ? "" : profile.user() + "@") + profile.host() + ":" + profile.port()
                + "/" + profile.database());
        setText(null);
        setGraphic(graphic);
        setAccessibleText(profile.label());
    }
}
