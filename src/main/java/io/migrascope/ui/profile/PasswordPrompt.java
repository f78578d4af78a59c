package io.migrascope.ui.profile;

import io.migrascope.core.db.profile.Profile;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a password for this session; the answer lives in {@link SessionPasswords} and nowhere else. */
public final class PasswordPrompt {
    private PasswordPrompt() {
    }

    /**
     * @param why what went wrong, e.g. the server's refusal with its SQLSTATE
     * @return the typed password; the caller clears it once handed over
     */
    public static Optional<char[]> ask(Window owner, Profile profile, String why) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Password for " + profile.name());
        dialog.setHeaderText("Password for " + profile.target());
        PasswordField field = new PasswordField();
        field.setId("password-field");
        Label reason = new Label(why);
        reason.setWrapText(true);
        reason.getStyleClass().add("dialog-notes");
        Label note = new Label("Kept in memory for this session only; never written to disk."
                + " For later sessions use ~/.pgpass or an environment variable named in the profile.");
        note.setWrapText(true);
        note.getStyleClass().add("dialog-notes");
        VBox content = new VBox(8, reason, field, note);
        content.setPrefWidth(440);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        Optional<char[]> answer = dialog.showAndWait();
        field.clear();
        return answer;
    }
}
