package io.migrascope.ui.findings;

import io.migrascope.core.model.Finding;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The findings, most severe first; click or Enter on one selects its rows in the table. */
public final class FindingsPanel extends VBox {
    private final ListView<Finding> list = new ListView<>();

    public FindingsPanel(FindingsViewModel model) {
        getStyleClass().add("findings-panel");
        setId("findings-panel");
        Label header = new Label();
        header.getStyleClass().add("header");
        header.textProperty().bind(Bindings.createStringBinding(
                () -> "Findings (" + model.findings().size() + ")", model.findings()));
        Set<Finding> expanded = new HashSet<>();
        list.setId("findings-list");
        list.setItems(model.findings());
        list.setCellFactory(v -> new FindingCell(list, model, expanded));
        list.setPlaceholder(new Label("Nothing to report."));
        list.setOnMouseClicked(e -> {
            if (!insideButton(e.getTarget())) {
                model.activate(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Finding focused = list.getFocusModel().getFocusedItem();
                model.activate(focused != null ? focused : list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
    }

    public ListView<Finding> list() {
        return list;
    }

    private static boolean insideButton(EventTarget target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof ButtonBase) {
                return true;
            }
        }
        return false;
    }
}
