package io.migrascope.ui.action;

import io.migrascope.core.action.Preview;
import io.migrascope.ui.sql.SqlCodeView;
import io.migrascope.ui.sql.SqlHighlighter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The content of the guarded-action dialog, also embedded as step 4 of the guided recovery: the
 * target, the title, the blockers (prominent), the steps and the exact preview text, the reason,
 * the typed confirmations, the seed-000 question, progress with Cancel, and the failure in full.
 * Draws {@link ActionModel}; decides nothing itself.
 */
public final class ActionPane {
    private final ActionModel model;
    private final VBox root = new VBox(10);
    private final VBox done = new VBox(6);

    public ActionPane(ActionModel model) {
        this.model = model;
        root.getStyleClass().add("action-pane");
        Node preview = previewText();
        VBox.setVgrow(preview, Priority.ALWAYS);
        root.getChildren().addAll(header(), title(), blockers(), steps(), preview, reason());
        model.guards().forEach((guard, typed) -> root.getChildren().add(guardField(guard, typed)));
        root.getChildren().addAll(question(), progress(), failure(), done, buttons());
        done.getStyleClass().add("action-done");
        done.setId("action-done");
        done.managedProperty().bind(done.visibleProperty());
        done.visibleProperty().bind(model.phase().isEqualTo(ActionModel.Phase.SUCCEEDED));
    }

    public Node node() {
        return root;
    }

    public ActionModel model() {
        return model;
    }

    /** Where the dialog puts the links shown after success (journal entry, undo). */
    VBox doneBox() {
        return done;
    }

    private Node header() {
        ActionTarget t = model.target();
        Label profile = new Label(t.profile());
        profile.getStyleClass().add("action-target-profile");
        Label database = new Label(t.database());
        database.getStyleClass().addAll("action-target-database", "monospace");
        Label env = new Label(t.environment() == null ? "no environment" : t.environment().toUpperCase());
        env.getStyleClass().addAll("env-badge", t.environmentStyleClass());
        env.setId("action-environment");
        Label readOnly = new Label("READ-ONLY");
        readOnly.getStyleClass().add("read-only-badge");
        readOnly.visibleProperty().bind(model.context().readOnly());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        HBox box = new HBox(8, profile, database, env, readOnly);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("action-target", t.environmentStyleClass());
        return box;
    }

    private Node title() {
        Label title = new Label(model.preview().title());
        title.getStyleClass().add("action-title");
        title.setId("action-title");
        title.setWrapText(true);
        return title;
    }

    private Node blockers() {
        Preview p = model.preview();
        VBox box = new VBox(4);
        box.getStyleClass().add("action-blockers");
        box.setId("action-blockers");
        Label head = new Label("This cannot run. Resolve these first:");
        head.getStyleClass().add("action-blockers-title");
        box.getChildren().add(head);
        for (String b : p.blockers()) {
            Label line = new Label("\u2022 " + b);
            line.setWrapText(true);
            line.getStyleClass().add("action-blocker");
            box.getChildren().add(line);
        }
        box.setVisible(!p.blockers().isEmpty());
        box.setManaged(box.isVisible());
        return box;
    }

    private Node steps() {
        VBox box = new VBox(2);
        box.getStyleClass().add("action-steps");
        Label head = new Label(model.preview().steps().isEmpty() ? "Nothing will run."
                : "What will happen, in order:");
        head.getStyleClass().add("action-section-title");
        box.getChildren().add(head);
        int i = 0;
        for (Preview.Step step : model.preview().steps()) {
            Label line = new Label(++i + ". " + step.description());
            line.setWrapText(true);
            line.getStyleClass().add("action-step");
            box.getChildren().add(line);
        }
        return box;
    }

    /**
     * The exact preview in a virtualised code area (an apply of hundreds of files renders megabytes);
     * the text shows at once, its highlighting follows from the background.
     */
    private Node previewText() {
        String text = model.preview().render();
        SqlCodeView view = new SqlCodeView();
        view.area().replaceText(text);
        view.area().moveTo(0);
        view.area().requestFollowCaret();
        view.area().setId("action-preview");
        view.area().getStyleClass().add("preview-text");
        view.node().getStyleClass().add("action-preview");
        ((javafx.scene.layout.Region) view.node()).setPrefHeight(240);
        model.context().tasks().run("Highlighting the preview", p -> SqlHighlighter.highlight(text),
                spans -> view.area().setStyleSpans(0, spans), failure -> {
                    // Highlighting is a nicety: the plain text is already there and exact.
                });
        return view.node();
    }

    private Node reason() {
        TextField field = new TextField();
        field.setPromptText("Why? e.g. a ticket number — kept in the journal with the change");
        field.textProperty().bindBidirectional(model.reason());
        field.setId("action-reason");
        field.disableProperty().bind(model.phase().isNotEqualTo(ActionModel.Phase.READY));
        Label label = new Label("Reason");
        label.setLabelFor(field);
        label.getStyleClass().add("action-section-title");
        VBox box = new VBox(4, label, field);
        box.getStyleClass().add("action-reason");
        return box;
    }

    private Node guardField(ActionGuard guard, javafx.beans.property.StringProperty typed) {
        Label prompt = new Label(guard.prompt());
        prompt.setWrapText(true);
        prompt.getStyleClass().add("action-guard-prompt");
        TextField field = new TextField();
        field.setId("action-confirm-" + guard.id());
        field.setPromptText(guard.expected());
        field.textProperty().bindBidirectional(typed);
        field.disableProperty().bind(model.phase().isNotEqualTo(ActionModel.Phase.READY));
        prompt.setLabelFor(field);
        VBox box = new VBox(4, prompt, field);
        box.getStyleClass().add("action-guard");
        return box;
    }

    private Node question() {
        Label text = new Label();
        text.setWrapText(true);
        text.getStyleClass().add("action-question-text");
        Label ask = new Label("Is the file meant to record itself (a dump that carries its own tracking row)?");
        ask.setWrapText(true);
        Button keep = new Button("Yes, keep its row and its work");
        keep.setId("already-tracked-yes");
        Button stop = new Button("No, apply nothing of it");
        stop.setId("already-tracked-no");
        keep.setOnAction(e -> answer(true));
        stop.setOnAction(e -> answer(false));
        VBox box = new VBox(6, text, ask, new HBox(8, keep, stop));
        box.getStyleClass().add("action-question");
        box.setId("action-question");
        box.visibleProperty().bind(model.question().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        text.textProperty().bind(Bindings.createStringBinding(
                () -> model.question().get() == null ? "" : model.question().get().detail(), model.question()));
        return box;
    }

    private void answer(boolean keep) {
        AlreadyTrackedQuestion q = model.question().get();
        if (q != null) {
            if (keep) {
                q.keep();
            } else {
                q.stop();
            }
        }
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progress());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("action-progress");
        Label text = new Label();
        text.textProperty().bind(model.progressText());
        text.setId("action-progress-text");
        text.getStyleClass().add("action-progress-text");
        VBox box = new VBox(4, bar, text);
        box.getStyleClass().add("action-progress");
        box.visibleProperty().bind(model.phase().isNotEqualTo(ActionModel.Phase.READY));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node failure() {
        TextArea text = new TextArea();
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.textProperty().bind(model.failure());
        text.getStyleClass().addAll("action-failure", "monospace");
        text.setId("action-failure");
        Label head = new Label("It stopped. The whole message (select and copy it for a ticket):");
        head.getStyleClass().add("action-failure-title");
        VBox box = new VBox(4, head, text);
        box.visibleProperty().bind(model.phase().isEqualTo(ActionModel.Phase.FAILED));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node buttons() {
        Label hint = new Label();
        hint.textProperty().bind(model.whyNotRunnable());
        hint.setWrapText(true);
        hint.getStyleClass().add("action-hint");
        hint.setId("action-hint");
        Button run = new Button("Run");
        run.setId("action-run");
        run.setDefaultButton(false);
        run.getStyleClass().add("action-run");
        run.disableProperty().bind(model.runnable().not());
        run.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel the run");
        cancel.setId("action-cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.phase().isEqualTo(ActionModel.Phase.RUNNING)
                .and(Bindings.createBooleanBinding(model::isApply)));
        cancel.managedProperty().bind(cancel.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(8, hint, grow, cancel, run);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add("action-buttons");
        return box;
    }
}
