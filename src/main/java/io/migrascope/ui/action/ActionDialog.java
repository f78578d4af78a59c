package io.migrascope.ui.action;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The guarded-action dialog: a window around {@link ActionPane}. After a successful run it shows
 * what was done with links to the journal entry and its undo, and a notification on the main
 * window; after a failure it stays open with the whole message. While apply runs, closing is
 * refused (cancel first), so no run goes on unseen.
 */
public final class ActionDialog {
    private final ActionPane pane;
    private final Stage stage;

    private ActionDialog(ActionModel model, Window owner, JournalLinks links) {
        this.pane = new ActionPane(model);
        ScrollPane scroll = new ScrollPane(pane.node());
        // Width only: a long failure or many blockers make the pane taller, and it scrolls rather than squeezes.
        scroll.setFitToWidth(true);
        Button close = new Button("Close");
        close.setId("action-close");
        close.setCancelButton(true);
        close.disableProperty().bind(model.phase().isEqualTo(ActionModel.Phase.RUNNING));
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(8, 12, 12, 12));
        BorderPane root = new BorderPane(scroll);
        root.setBottom(bottom);
        root.setPadding(new Insets(12, 12, 0, 12));
        root.getStyleClass().add("action-dialog");
        root.setPrefSize(780, 680);
        stage = DialogStages.create(owner, model.preview().title(), root, true);
        close.setOnAction(e -> stage.close());
        stage.setOnCloseRequest(e -> {
            if (model.phase().get() == ActionModel.Phase.RUNNING) {
                e.consume();
            }
        });
        model.onFinished(m -> {
            if (m.phase().get() == ActionModel.Phase.SUCCEEDED) {
                showDone(m, owner, links);
            }
            // The outcome (result or failure) is at the bottom: bring it into view.
            scroll.applyCss();
            scroll.layout();
            scroll.setVvalue(scroll.getVmax());
        });
    }

    /** Opens the dialog for a model; returns at once (the dialog is not waited for). FX thread. */
    public static ActionDialog open(ActionModel model, Window owner, JournalLinks links) {
        ActionDialog dialog = new ActionDialog(model, owner, links);
        dialog.stage.show();
        return dialog;
    }

    public Stage stage() {
        return stage;
    }

    public ActionModel model() {
        return pane.model();
    }

    private void showDone(ActionModel m, Window owner, JournalLinks links) {
        Label result = new Label(m.result().get());
        result.setWrapText(true);
        result.setId("action-result");
        result.getStyleClass().add("action-result");
        pane.doneBox().getChildren().setAll(result);
        String id = m.journalId().get();
        if (!id.isEmpty()) {
            Hyperlink show = new Hyperlink("Show journal entry " + id);
            show.setMnemonicParsing(false);
            show.setId("action-show-journal");
            // What opens from here replaces this dialog, owned by the main window so it outlives it.
            Window main = owner != null ? owner : stage;
            show.setOnAction(e -> {
                stage.close();
                links.showEntry(id, main);
            });
            Hyperlink undo = new Hyperlink("Undo it");
            undo.setId("action-undo");
            undo.setOnAction(e -> {
                stage.close();
                links.undoEntry(id, main);
            });
            pane.doneBox().getChildren().add(new HBox(8, show, undo));
        }
        DoneNotification.show(m, owner != null ? owner : stage, links);
    }
}
