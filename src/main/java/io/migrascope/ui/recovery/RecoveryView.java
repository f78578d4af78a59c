package io.migrascope.ui.recovery;

import io.migrascope.ui.action.DialogStages;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The guided recovery window for one finding: the five steps listed on the left, the current step's
 * page in the middle, Back and Next below. Support staff can read each page to a customer.
 */
public final class RecoveryView {
    private final RecoveryModel model;
    private final Stage stage;
    private final ScrollPane content = new ScrollPane();
    private final VBox steps = new VBox(6);
    private final Label title = new Label();
    private final RecoveryPages pages;

    private RecoveryView(RecoveryModel model, Window owner) {
        this.model = model;
        BorderPane root = new BorderPane();
        title.getStyleClass().add("recovery-title");
        title.setId("recovery-title");
        title.setWrapText(true);
        root.setTop(title);
        BorderPane.setMargin(title, new Insets(0, 0, 10, 0));
        steps.getStyleClass().add("recovery-steps");
        steps.setPrefWidth(170);
        root.setLeft(steps);
        content.setFitToWidth(true);
        content.getStyleClass().add("recovery-content");
        root.setCenter(content);
        BorderPane.setMargin(content, new Insets(0, 0, 0, 12));
        root.setBottom(buttons());
        root.setPadding(new Insets(12));
        root.getStyleClass().add("recovery-view");
        root.setPrefSize(900, 700);
        stage = DialogStages.create(owner, "Recovery — " + model.finding().code(), root, false);
        pages = new RecoveryPages(model, stage);
        InvalidationListener redraw = obs -> redraw();
        model.step().addListener(redraw);
        model.guide().addListener(redraw);
        model.verification().addListener(redraw);
        model.verifying().addListener(redraw);
        model.problem().addListener(redraw);
        model.action().addListener(redraw);
        redraw();
    }

    /** Opens the window and plans the guide in the background. FX thread. */
    public static RecoveryView open(RecoveryModel model, Window owner) {
        RecoveryView view = new RecoveryView(model, owner);
        view.stage.show();
        model.load();
        return view;
    }

    public Stage stage() {
        return stage;
    }

    public RecoveryModel model() {
        return model;
    }

    private Node buttons() {
        Button back = new Button("Back");
        back.setId("recovery-back");
        back.disableProperty().bind(model.canGoBack().not());
        back.setOnAction(e -> model.back());
        Button next = new Button("Next");
        next.setId("recovery-next");
        next.disableProperty().bind(model.canGoNext().not());
        next.setOnAction(e -> model.next());
        Button close = new Button("Close");
        close.setId("recovery-close");
        close.setOnAction(e -> stage.close());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(8, close, grow, back, next);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private void redraw() {
        title.setText(model.guide().get() == null ? "Recovery: " + model.finding().code()
                : "Recovery: " + model.guide().get().title() + " — " + model.finding().message());
        steps.getChildren().clear();
        for (RecoveryStep s : RecoveryStep.values()) {
            Label label = new Label(s.number() + "  " + s.title());
            label.getStyleClass().add("recovery-step");
            if (s == model.step().get()) {
                label.getStyleClass().add("recovery-step-current");
                label.setId("recovery-step-current");
            } else if (s.ordinal() < model.step().get().ordinal()) {
                label.getStyleClass().add("recovery-step-done");
            }
            steps.getChildren().add(label);
        }
        content.setContent(pages.page(model.step().get()));
    }
}
