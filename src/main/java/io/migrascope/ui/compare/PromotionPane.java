package io.migrascope.ui.compare;

import io.migrascope.core.audit.compare.Comparison;
import io.migrascope.core.audit.compare.ComparisonRow;
import io.migrascope.core.audit.compare.Promotion;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The promotion preview: from → to, the files apply would run on "to", and where it would get other SQL. */
final class PromotionPane extends VBox {
    private final ComboBox<String> from = new ComboBox<>();
    private final ComboBox<String> to = new ComboBox<>();
    private final ListView<String> willRun = new ListView<>();
    private final VBox warnings = new VBox(4);
    private final Label summary = new Label();

    PromotionPane(CompareViewModel model) {
        super(6);
        setPadding(new Insets(8));
        getStyleClass().add("compare-promotion");
        from.setId("promote-from");
        to.setId("promote-to");
        willRun.setId("promote-will-run");
        willRun.setPrefHeight(72);
        willRun.setMinHeight(48);
        warnings.setId("promote-warnings");
        summary.setId("promote-summary");
        from.valueProperty().bindBidirectional(model.promoteFromProperty());
        to.valueProperty().bindBidirectional(model.promoteToProperty());
        model.comparisonProperty().addListener((obs, was, c) -> {
            var names = c == null ? FXCollections.<String>observableArrayList()
                    : FXCollections.observableArrayList(c.environments());
            from.setItems(names);
            to.setItems(names);
        });
        model.promotionProperty().addListener((obs, was, p) -> show(p, model.comparisonProperty().get()));
        Label title = new Label("Promotion preview");
        title.getStyleClass().add("compare-section-title");
        getChildren().addAll(title, new HBox(6, new Label("What apply would run on"), to, new Label("given what ran on"),
                from), summary, willRun, warnings);
        show(null, null);
    }

    private void show(Promotion p, Comparison c) {
        warnings.getChildren().clear();
        if (p == null) {
            summary.setText("Compare, then choose two different databases.");
            willRun.getItems().clear();
            return;
        }
        summary.setText(p.willRun().isEmpty() ? "apply on " + p.to() + " would run nothing."
                : "apply on " + p.to() + " would run " + p.willRun().size() + " file(s):");
        willRun.getItems().setAll(p.willRun().stream().map(v -> v + "  " + nameOf(c, v)).toList());
        for (String w : p.warnings()) {
            Label l = new Label("⚠ " + w);
            l.setWrapText(true);
            l.getStyleClass().add("compare-warning");
            warnings.getChildren().add(l);
        }
    }

    private static String nameOf(Comparison c, String version) {
        return c.rows().stream().filter(r -> r.version().equals(version)).map(ComparisonRow::name).findFirst()
                .orElse("");
    }
}
