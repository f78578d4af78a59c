package io.migrascope.ui.action;

import java.net.URL;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Stages for the panels' windows (action dialog, journal, recovery): owned by the main window and
 * styled like it — its stylesheets (so a dark theme carries over), or the console's own stylesheet
 * when there is no owner.
 */
public final class DialogStages {
    public static final String STYLESHEET = "/io/migrascope/ui/theme/migrascope.css";

    private DialogStages() {
    }

    public static Stage create(Window owner, String title, Parent root, boolean modal) {
        Stage stage = new Stage();
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
            if (modal) {
                stage.initModality(Modality.WINDOW_MODAL);
            }
        }
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null && !owner.getScene().getStylesheets().isEmpty()) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            // The theme (light/dark) is a style class on the owner's root: theme-dark.
            owner.getScene().getRoot().getStyleClass().stream()
                    .filter(c -> c.startsWith("theme-") && !root.getStyleClass().contains(c))
                    .forEach(c -> root.getStyleClass().add(c));
        } else {
            URL css = DialogStages.class.getResource(STYLESHEET);
            if (css != null) {
                scene.getStylesheets().add(css.toExternalForm());
            }
        }
        stage.setScene(scene);
        return stage;
    }
}
