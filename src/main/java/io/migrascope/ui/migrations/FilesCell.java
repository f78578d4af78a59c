package io.migrascope.ui.migrations;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;

/**
 * The file column: one line per file, so both files of a DUPLICATE show in full (a label per file
 * gives the row the height it needs, where one multi-line text would be clipped).
 */
final class FilesCell extends TableCell<RowItem, String> {
    private final VBox lines = new VBox();

    @Override
    protected void updateItem(String files, boolean empty) {
        super.updateItem(files, empty);
        setText(null);
        if (empty || files == null || files.isEmpty()) {
            setGraphic(null);
            return;
        }
        lines.getChildren().setAll(files.lines().map(Label::new).toList());
        setGraphic(lines);
    }
}
