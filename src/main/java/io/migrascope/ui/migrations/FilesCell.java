package io.migrascope.ui.migrations;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;

/**
 * The file column: one line per file, so both files of a DUPLICATE show in full (a label per file
 * gives the row the height it needs, where one multi-line text would be clipped). The labels are
 * reused from one row to the next: a refresh redraws every visible cell.
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
        List<String> names = files.lines().toList();
        while (lines.getChildren().size() < names.size()) {
            lines.getChildren().add(new Label());
        }
        if (lines.getChildren().size() > names.size()) {
            lines.getChildren().remove(names.size(), lines.getChildren().size());
        }
        for (int i = 0; i < names.size(); i++) {
            ((Label) lines.getChildren().get(i)).setText(names.get(i));
        }
        setGraphic(lines);
    }
}
