package io.migrascope.ui.profile;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks for a URL to import, or a project's {@code .env} file; the import itself runs in the background. */
public final class ImportDialog {
    /** Exactly one of the two is set. */
    public record Request(String url, Path dotEnv) {
    }

    private ImportDialog() {
    }

    public static Optional<Request> ask(Window owner) {
        Dialog<Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import profile");
        dialog.setHeaderText("From a URL, or from DATABASE_URL in a project's .env file");
        TextField url = new TextField();
        url.setId("import-url");
        url.setPromptText("jdbc:postgresql://host:5432/db?user=me  or  postgres://me@host:5432/db");
        Path[] chosenEnv = new Path[1];
        Button choose = new Button("Choose .env file…");
        Label chosen = new Label();
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("A project's .env file");
            // A .env lives in a project somewhere under the home, not in the app's working directory.
            chooser.setInitialDirectory(new File(System.getProperty("user.home")));
            File f = chooser.showOpenDialog(owner);
            if (f != null) {
                chosenEnv[0] = f.toPath();
                chosen.setText(f.getAbsolutePath());
                url.clear();
            }
        });
        Label note = new Label("A password in the URL is used for this session only and never saved.");
        note.getStyleClass().add("dialog-notes");
        HBox.setHgrow(url, Priority.ALWAYS);
        VBox content = new VBox(8, url, new HBox(8, choose, chosen), note);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            if (!url.getText().isBlank()) {
                return new Request(url.getText().strip(), null);
            }
            return chosenEnv[0] == null ? null : new Request(null, chosenEnv[0]);
        });
        return dialog.showAndWait();
    }
}
