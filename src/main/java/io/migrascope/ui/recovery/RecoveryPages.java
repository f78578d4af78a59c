package io.migrascope.ui.recovery;

import io.migrascope.core.action.RecoveryGuide;
import io.migrascope.core.action.RecoveryOption;
import io.migrascope.ui.ChooserFolders;
import io.migrascope.ui.action.ActionModel;
import io.migrascope.ui.action.ActionPane;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The content of each recovery step, in short sentences for support staff. Each method builds the
 * page from the model as it is now; the view rebuilds the page when the step or its data changes.
 */
final class RecoveryPages {
    private final RecoveryModel model;
    private final Window window;

    RecoveryPages(RecoveryModel model, Window window) {
        this.model = model;
        this.window = window;
    }

    Node page(RecoveryStep step) {
        RecoveryGuide guide = model.guide().get();
        if (guide == null) {
            return waiting(model.problem().get().isEmpty() ? "Working out the options…" : model.problem().get());
        }
        return switch (step) {
            case WHAT_HAPPENED -> whatHappened(guide);
            case EVIDENCE -> evidence();
            case OPTIONS -> options(guide);
            case PREVIEW -> preview();
            case VERIFY -> verify();
        };
    }

    private static Node waiting(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return page("Please wait", new HBox(8, new ProgressIndicator(), label));
    }

    private Node whatHappened(RecoveryGuide guide) {
        Label happened = paragraph(guide.whatHappened());
        happened.setId("recovery-what-happened");
        Label message = paragraph("In one line: " + model.finding().message());
        message.getStyleClass().add("recovery-finding-message");
        Label words = paragraph("Words used here: a migration is a numbered SQL file that changes the database."
                + " The tracking table is where the migration tool writes down which files have run."
                + " \"Applied\" means it ran and was written down. \"Rolled back\" means it is written down as undone,"
                + " so the tool will run it again.");
        words.getStyleClass().add("recovery-glossary");
        return page("What happened", happened, message, words);
    }

    private Node evidence() {
        VBox list = new VBox(4);
        list.setId("recovery-evidence");
        for (String line : model.evidence()) {
            Label l = paragraph("\u2022 " + line);
            l.getStyleClass().add("recovery-evidence-line");
            list.getChildren().add(l);
        }
        Label intro = paragraph("These are the facts Migrascope read from the files, the tracking table and the"
                + " database catalog (the list of tables, columns and indexes that really exist).");
        return page("Evidence", intro, list);
    }

    private Node options(RecoveryGuide guide) {
        ToggleGroup group = new ToggleGroup();
        VBox list = new VBox(14);
        List<RecoveryOption> options = guide.options();
        if (options.isEmpty()) {
            list.getChildren().add(paragraph("Migrascope knows no way out of this one. Ask a developer to look at the"
                    + " evidence."));
        }
        for (int i = 0; i < options.size(); i++) {
            list.getChildren().add(option(options.get(i), i, group));
        }
        group.selectedToggleProperty().addListener((obs, old, now) ->
                model.chosen().set(now == null ? null : (RecoveryOption) now.getUserData()));
        Label intro = paragraph("Choose what to do. The option the evidence supports is marked and chosen for you.");
        return page("Options", intro, list);
    }

    private Node option(RecoveryOption option, int index, ToggleGroup group) {
        RadioButton radio = new RadioButton(option.label());
        // Option labels quote data (mark_applied, V3__add_index.sql): an underscore is text, not a mnemonic.
        radio.setMnemonicParsing(false);
        radio.setToggleGroup(group);
        radio.setUserData(option);
        radio.setWrapText(true);
        radio.setId("recovery-option-" + index);
        radio.setSelected(option == model.chosen().get());
        VBox box = new VBox(4, radio);
        box.getStyleClass().add("recovery-option");
        if (option.recommended()) {
            Label badge = new Label("Recommended by the evidence");
            badge.getStyleClass().add("recovery-recommended");
            box.getChildren().add(badge);
            box.getStyleClass().add("recovery-option-recommended");
        }
        box.getChildren().add(paragraph(option.consequence()));
        option.action().map(a -> a.preview()).filter(p -> !p.isRunnable()).ifPresent(p -> {
            Label blocked = paragraph("Not possible now: " + String.join("; ", p.blockers()));
            blocked.getStyleClass().add("recovery-option-blocked");
            box.getChildren().add(blocked);
        });
        if (!option.manualStep().isEmpty()) {
            box.getChildren().add(manualStep(option, index));
        }
        return box;
    }

    private Node manualStep(RecoveryOption option, int index) {
        Label head = new Label(option.action().isPresent() ? "Do this by hand first:" : "Do this by hand:");
        TextArea text = new TextArea(option.manualStep());
        text.setEditable(false);
        text.setPrefRowCount(Math.min(12, Math.max(2, (int) option.manualStep().lines().count())));
        text.getStyleClass().addAll("recovery-manual-step", "monospace");
        text.setId("recovery-manual-" + index);
        Button copy = new Button("Copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(option.manualStep());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        Button save = new Button("Save as…");
        save.setId("recovery-save-" + index);
        save.setOnAction(e -> saveAs(option));
        Label saved = new Label();
        saved.textProperty().bind(model.saved());
        saved.setWrapText(true);
        return new VBox(4, head, text, new HBox(8, copy, save, saved));
    }

    private void saveAs(RecoveryOption option) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the step as");
        Optional<Path> file = Optional.empty();
        if (!model.finding().versions().isEmpty() && model.context().report().get() != null) {
            file = model.context().report().get().row(model.finding().versions().get(0)).flatMap(r -> r.file())
                    .map(f -> f.path());
        }
        // The rewrite of a partly run file is meant to replace it: offer its own name, in its own folder.
        File start = ChooserFolders.forMigration(model.context().audit().folder(), file);
        if (start != null) {
            chooser.setInitialDirectory(start);
        }
        file.ifPresent(f -> chooser.setInitialFileName(f.getFileName().toString()));
        File target = chooser.showSaveDialog(window);
        if (target != null) {
            model.saveManualStep(target.toPath(), option.manualStep());
        }
    }

    private Node preview() {
        ActionModel action = model.action().get();
        if (action == null) {
            return page("Preview", paragraph("Migrascope has nothing to run for this option. Do the step by hand"
                    + " (shown in step 3), then press Next: the state is read again and checked."));
        }
        Label intro = paragraph("This is exactly what will be written. Type a reason (it is kept in the journal),"
                + " then press Run.");
        return page("Preview", intro, new ActionPane(action).node());
    }

    private Node verify() {
        if (model.verifying().get() || model.verification().get() == null) {
            return waiting("Reading the state again and checking the database catalog…");
        }
        Verification v = model.verification().get();
        Label result = new Label(v.resolved() ? "Resolved" : "Still there");
        result.setId("recovery-result");
        result.getStyleClass().addAll("recovery-result", v.resolved() ? "recovery-resolved" : "recovery-still-there");
        Label explain = paragraph(v.resolved()
                ? "The problem is gone: Migrascope read the state again and no longer finds it."
                : "Migrascope read the state again and still finds the problem. Plan again to see the options now.");
        VBox lines = new VBox(4);
        lines.setId("recovery-verification");
        for (Verification.VersionState s : v.versions()) {
            Label l = new Label(s.line());
            l.getStyleClass().add("recovery-version-state");
            lines.getChildren().add(l);
            s.objects().forEach(o -> lines.getChildren().add(paragraph("    " + o)));
        }
        Button again = new Button("Check again");
        again.setId("recovery-check-again");
        again.setOnAction(e -> model.verifyNow());
        HBox buttons = new HBox(8, again);
        if (!v.resolved()) {
            Button plan = new Button("Plan again");
            plan.setId("recovery-plan-again");
            plan.setOnAction(e -> model.planAgain());
            buttons.getChildren().add(plan);
        }
        return page("Verify", result, explain, lines, buttons);
    }

    private static VBox page(String title, Node... content) {
        Label head = new Label(title);
        head.getStyleClass().add("recovery-page-title");
        head.setId("recovery-page-title");
        VBox box = new VBox(10, head);
        box.getChildren().addAll(content);
        box.getStyleClass().add("recovery-page");
        return box;
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("recovery-text");
        return label;
    }
}
