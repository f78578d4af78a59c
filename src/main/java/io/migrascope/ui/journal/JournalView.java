package io.migrascope.ui.journal;

import io.migrascope.ui.action.ActionModel;
import io.migrascope.ui.action.DialogStages;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The journal of the open database: every write Migrascope made, newest first — when, who, what,
 * which versions, why, and its state — with the preview that ran and the tracking rows it removed
 * and added (expandable, pretty-printed), and Undo through the guarded dialog.
 */
public final class JournalView {
    private final JournalModel model;
    private final UndoFlow undo;
    private final Stage stage;
    private final TableView<JournalRow> table = new TableView<>();
    private final VBox detail = new VBox(6);
    private final Button undoButton = new Button("Undo…");
    private String pendingSelection;

    private JournalView(JournalModel model, UndoFlow undo, Window owner) {
        this.model = model;
        this.undo = undo;
        BorderPane root = new BorderPane();
        root.setTop(top());
        SplitPane split = new SplitPane(table(), detailPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        root.setCenter(split);
        root.setPadding(new Insets(10));
        root.getStyleClass().add("journal-view");
        root.setPrefSize(960, 640);
        stage = DialogStages.create(owner, "Journal — " + model.database(), root, false);
        model.onLoaded(this::afterLoad);
    }

    /** Opens the journal window and reads the journal in the background. FX thread. */
    public static JournalView open(JournalModel model, UndoFlow undo, Window owner) {
        JournalView view = new JournalView(model, undo, owner);
        view.stage.show();
        model.reload();
        return view;
    }

    public Stage stage() {
        return stage;
    }

    public JournalModel model() {
        return model;
    }

    /** Selects an entry once it is listed (now, or after the reading in progress). */
    public void select(String journalId) {
        pendingSelection = journalId;
        afterLoad();
    }

    private void afterLoad() {
        if (pendingSelection == null) {
            return;
        }
        for (JournalRow row : model.rows()) {
            if (row.entry().id().equals(pendingSelection)) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                pendingSelection = null;
                return;
            }
        }
    }

    private Node top() {
        Label title = new Label("Journal of " + model.database());
        title.getStyleClass().add("journal-title");
        Label file = new Label(model.journal().file().toString());
        file.getStyleClass().addAll("journal-file", "monospace");
        Button refresh = new Button("Read again");
        refresh.setId("journal-refresh");
        refresh.setOnAction(e -> model.reload());
        refresh.disableProperty().bind(model.loading());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, title, file, grow, refresh);
        head.setAlignment(Pos.CENTER_LEFT);
        Label damaged = banner(model.damaged(), "journal-damaged");
        damaged.setId("journal-damaged");
        Label problem = banner(model.problem(), "journal-problem");
        VBox box = new VBox(6, head, damaged, problem);
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private static Label banner(ObservableValue<String> text, String styleClass) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("journal-banner", styleClass);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private Node table() {
        table.setId("journal-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("No journal entries for this database yet."));
        table.getColumns().setAll(List.of(column("When", JournalRow::when, 160),
                column("Who", JournalRow::who, 140), column("Action", JournalRow::action, 150),
                column("Versions", JournalRow::versions, 110), column("Reason", JournalRow::reason, 200),
                column("State", JournalRow::state, 120), column("Rows", JournalRow::rows, 90)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> showDetail(row));
        return table;
    }

    private static TableColumn<JournalRow, String> column(String title, Function<JournalRow, String> value,
                                                          double width) {
        TableColumn<JournalRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Node detailPane() {
        undoButton.setId("journal-undo");
        undoButton.setDisable(true);
        undoButton.setOnAction(e -> undoSelected());
        detail.getStyleClass().add("journal-detail");
        detail.setId("journal-detail");
        showDetail(null);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(detail);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void showDetail(JournalRow row) {
        undoButton.setDisable(row == null || !row.undoable());
        if (row == null) {
            detail.getChildren().setAll(new Label("Select an entry to see what it ran and the rows it changed."));
            return;
        }
        Label head = new Label(row.action() + " " + row.versions() + " — " + row.state() + " — " + row.reason());
        head.setWrapText(true);
        head.getStyleClass().add("journal-detail-title");
        Label where = new Label(row.entry().database() + "  " + row.entry().table() + "  (" + row.entry().tool() + ")");
        where.getStyleClass().add("monospace");
        HBox actions = new HBox(8, undoButton);
        if (!row.undoable()) {
            Label why = new Label(row.undoneBy() != null ? "Already undone by " + row.undoneBy() + "."
                    : "Only committed entries can be undone.");
            why.getStyleClass().add("journal-undo-hint");
            actions.getChildren().add(why);
        }
        actions.setAlignment(Pos.CENTER_LEFT);
        detail.getChildren().setAll(head, where, actions,
                section("The preview that ran", List.of(row.entry().preview() == null ? "" : row.entry().preview()),
                        "journal-preview"),
                section("Rows removed (" + row.removed().size() + ")", row.removed(), "journal-removed"),
                section("Rows added (" + row.added().size() + ")", row.added(), "journal-added"));
        if (!row.entry().moves().isEmpty()) {
            detail.getChildren().add(section("Files moved (" + row.entry().moves().size() + ")",
                    row.entry().moves().stream().map(m -> m.from() + "  \u2192  " + m.to()).toList(), "journal-moves"));
        }
    }

    private static TitledPane section(String title, List<String> texts, String id) {
        String text = String.join("\n\n", texts);
        TextArea area = new TextArea();
        area.setEditable(false);
        area.setPrefRowCount(Math.min(14, Math.max(3, (int) text.lines().count())));
        area.getStyleClass().addAll("journal-image", "monospace");
        TitledPane pane = new TitledPane(title, area);
        pane.setExpanded(false);
        // An apply's preview can be long: the text goes in only when the section is opened.
        pane.expandedProperty().addListener((obs, was, open) -> {
            if (open && area.getText().isEmpty()) {
                area.setText(text);
            }
        });
        pane.setId(id);
        pane.setDisable(texts.isEmpty() || texts.stream().allMatch(String::isEmpty));
        return pane;
    }

    private void undoSelected() {
        JournalRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        undo.start(row.entry().id(), stage, dialog -> dialog.model().onFinished(m -> {
            if (m.phase().get() == ActionModel.Phase.SUCCEEDED) {
                model.reload();
            }
        }));
    }
}
