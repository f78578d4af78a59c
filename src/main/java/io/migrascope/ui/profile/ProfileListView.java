package io.migrascope.ui.profile;

import io.migrascope.core.db.profile.ImportedProfile;
import io.migrascope.core.db.profile.Profile;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.glyphfont.FontAwesome;
import org.controlsfx.glyphfont.Glyph;

/** The left side of the main window: the profiles and the buttons that manage them. */
public final class ProfileListView extends VBox {
    private final ProfileListViewModel model;
    private final ListView<Profile> list = new ListView<>();

    public ProfileListView(ProfileListViewModel model) {
        this.model = model;
        getStyleClass().add("profile-list");
        setId("profile-list");
        Label header = new Label("Profiles");
        header.getStyleClass().add("pane-header");
        list.setId("profile-list-view");
        list.setItems(model.profiles());
        list.setCellFactory(v -> new ProfileCell());
        list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        list.setPlaceholder(new Label("No profiles yet.\nNew… or Import… to add one."));
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = button("profile-new", "New…", FontAwesome.Glyph.PLUS, "Create a profile");
        add.setOnAction(e -> edit(null, Profile.blank(), List.of()));
        Button edit = button("profile-edit", "Edit…", FontAwesome.Glyph.PENCIL, "Edit the selected profile");
        edit.setOnAction(e -> selected().ifPresent(p -> edit(p.name(), p, List.of())));
        Button duplicate = button("profile-duplicate", "Duplicate", FontAwesome.Glyph.COPY, "Copy the selected profile");
        duplicate.setOnAction(e -> selected().ifPresent(model::duplicate));
        Button delete = button("profile-delete", "Delete", FontAwesome.Glyph.TRASH, "Delete the selected profile");
        delete.setOnAction(e -> selected().ifPresent(this::confirmDelete));
        Button test = button("profile-test", "Test", FontAwesome.Glyph.PLUG, "Test the connection of the selected profile");
        test.setOnAction(e -> selected().ifPresent(this::test));
        Button importButton = button("profile-import", "Import…", FontAwesome.Glyph.DOWNLOAD,
                "Import from a JDBC or postgres:// URL, or a .env file");
        importButton.setOnAction(e -> importProfile());
        for (Button b : List.of(edit, duplicate, delete, test)) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        FlowPane buttons = new FlowPane(4, 4, add, edit, duplicate, delete, test, importButton);
        buttons.setStyle("-fx-padding: 4;");
        getChildren().addAll(header, list, buttons);
    }

    private Optional<Profile> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Opens the editor; {@code previousName} is null for a profile not saved yet. */
    public void edit(String previousName, Profile profile, List<String> notes) {
        new ProfileEditorDialog(window(), profile, notes, model::testConnection).showAndWait()
                .ifPresent(edited -> model.save(previousName, edited, () -> { }));
    }

    public void importProfile() {
        ImportDialog.ask(window()).ifPresent(request -> model.importFrom(request.url(), request.dotEnv(),
                (ImportedProfile imported) -> edit(null, imported.profile(), imported.notes())));
    }

    private void confirmDelete(Profile profile) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Delete the profile " + profile.label()
                + "? The database itself is not touched.", ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(window());
        alert.setHeaderText("Delete profile");
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.delete(profile));
    }

    private void test(Profile profile) {
        model.testConnection(profile, check -> {
            if (check.needsPassword()) {
                model.passwords().forget(profile);
                Optional<char[]> typed = PasswordPrompt.ask(window(), profile, check.message());
                if (typed.isPresent()) {
                    model.passwords().remember(profile, typed.get());
                    java.util.Arrays.fill(typed.get(), '\0');
                    test(profile);
                }
                return;
            }
            Alert alert = new Alert(check.ok() ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR, check.message(),
                    ButtonType.OK);
            alert.initOwner(window());
            alert.setHeaderText(check.ok() ? "Connection works" : "Connection failed");
            alert.getDialogPane().setId("connection-check");
            alert.show();
        });
    }

    private static Button button(String id, String text, FontAwesome.Glyph glyph, String tip) {
        Button b = new Button(text, new Glyph("FontAwesome", glyph));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
