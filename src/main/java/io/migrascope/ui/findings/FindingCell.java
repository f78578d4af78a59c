package io.migrascope.ui.findings;

import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.Severity;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.FontAwesome;
import org.controlsfx.glyphfont.Glyph;

/** One finding: severity glyph and code, the message, the evidence behind a toggle, and its actions. */
final class FindingCell extends ListCell<Finding> {
    private final FindingsViewModel model;
    private final Set<Finding> expanded;
    private final Label code = new Label();
    private final Label message = new Label();
    private final Hyperlink evidenceToggle = new Hyperlink();
    private final Label evidence = new Label();
    private final FlowPane actions = new FlowPane(4, 4);
    private final VBox card;

    FindingCell(ListView<Finding> list, FindingsViewModel model, Set<Finding> expanded) {
        this.model = model;
        this.expanded = expanded;
        code.getStyleClass().add("finding-code");
        message.getStyleClass().add("finding-message");
        message.setWrapText(true);
        evidence.getStyleClass().add("finding-evidence");
        evidence.setWrapText(true);
        evidence.managedProperty().bind(evidence.visibleProperty());
        // Wrapping needs a width: the list's, less the scroll bar and padding.
        message.maxWidthProperty().bind(list.widthProperty().subtract(36));
        evidence.maxWidthProperty().bind(list.widthProperty().subtract(36));
        actions.prefWrapLengthProperty().bind(list.widthProperty().subtract(36));
        card = new VBox(code, message, evidenceToggle, evidence, actions);
        card.getStyleClass().add("finding-card");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Finding finding, boolean empty) {
        super.updateItem(finding, empty);
        if (empty || finding == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        code.setText(finding.code().name() + (finding.versions().isEmpty() ? "" : "  " + finding.versions()));
        code.setGraphic(severityGlyph(finding.severity()));
        code.getStyleClass().removeIf(s -> s.startsWith("severity-"));
        code.getStyleClass().add("severity-" + finding.severity().name().toLowerCase(Locale.ROOT));
        code.setTooltip(new Tooltip(finding.severity().name()));
        message.setText(finding.message());
        boolean open = expanded.contains(finding);
        evidence.setText(String.join("\n", finding.evidence()));
        evidence.setVisible(open && !finding.evidence().isEmpty());
        evidenceToggle.setVisible(!finding.evidence().isEmpty());
        evidenceToggle.setManaged(!finding.evidence().isEmpty());
        evidenceToggle.setText((open ? "Hide evidence" : "Evidence") + " (" + finding.evidence().size() + ")");
        evidenceToggle.setOnAction(e -> {
            if (!expanded.remove(finding)) {
                expanded.add(finding);
            }
            updateItem(finding, false);
        });
        actions.getChildren().clear();
        for (ActionKind kind : finding.actions()) {
            Button b = new Button(FindingsViewModel.label(kind));
            b.getStyleClass().add("finding-action");
            b.setId("finding-action-" + kind.command());
            b.disableProperty().bind(model.writableProperty().not());
            b.setOnAction(e -> model.resolve(finding, kind));
            actions.getChildren().add(b);
        }
        if (FindingsViewModel.hasGuide(finding)) {
            Button recover = new Button("Recover…", new Glyph("FontAwesome", FontAwesome.Glyph.LIFE_RING));
            recover.getStyleClass().add("finding-action");
            recover.setId("finding-recover");
            recover.setOnAction(e -> model.recover(finding));
            actions.getChildren().add(recover);
        }
        actions.setVisible(!actions.getChildren().isEmpty());
        actions.setManaged(actions.isVisible());
        setText(null);
        setGraphic(card);
        setAccessibleText(finding.severity() + " " + finding.code() + ": " + finding.message());
    }

    private static Glyph severityGlyph(Severity severity) {
        FontAwesome.Glyph g = switch (severity) {
            case ERROR -> FontAwesome.Glyph.TIMES_CIRCLE;
            case WARNING -> FontAwesome.Glyph.EXCLAMATION_TRIANGLE;
            case INFO -> FontAwesome.Glyph.INFO_CIRCLE;
        };
        return new Glyph("FontAwesome", g);
    }
}
