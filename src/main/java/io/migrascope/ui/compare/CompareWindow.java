package io.migrascope.ui.compare;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The compare view in a window of its own, owned by the console so it takes the console's theme. */
public final class CompareWindow {
    static final String STYLESHEET = "/io/migrascope/ui/compare/compare.css";

    private CompareWindow() {
    }

    public static Stage open(Window owner, CompareViewModel model, String mainStylesheet) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Compare environments — Migrascope");
        CompareView view = new CompareView(model, extension -> chooseFile(stage, extension));
        Scene scene = new Scene(view, 1200, 760);
        scene.getStylesheets().addAll(mainStylesheet, stylesheet());
        stage.setScene(scene);
        stage.setOnHidden(e -> view.dispose());
        stage.show();
        return stage;
    }

    static String stylesheet() {
        return CompareWindow.class.getResource(STYLESHEET).toExternalForm();
    }

    private static Optional<Path> chooseFile(Stage stage, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the grid as " + extension.toUpperCase(java.util.Locale.ROOT));
        chooser.setInitialFileName("migrascope-compare." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        File file = chooser.showSaveDialog(stage);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
