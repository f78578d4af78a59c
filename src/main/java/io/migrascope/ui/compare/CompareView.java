package io.migrascope.ui.compare;

import io.migrascope.core.audit.compare.Cell;
import io.migrascope.core.audit.compare.ComparisonRow;
import io.migrascope.core.db.profile.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The compare view: the profiles to compare on the left, the grid of migrations × databases in the
 * centre (a column per database whose header tells how reading it goes), the promotion preview below.
 * It only draws; the model does the reading.
 */
public final class CompareView extends BorderPane {
    /** Asks where to write an export; the window shows a file chooser. */
    @FunctionalInterface
    public interface ExportTarget {
        Optional<Path> ask(String extension);
    }

    private final CompareViewModel model;
    private final ListView<Profile> profileList = new ListView<>();
    private final TableView<ComparisonRow> grid = new TableView<>();
    private final Map<String, DatabaseHeader> headers = new LinkedHashMap<>();
    private final Timeline slowWatch;
    private boolean syncingSelection;

    public CompareView(CompareViewModel model, ExportTarget exportTarget) {
        this.model = model;
        setId("compare-view");
        getStyleClass().add("compare-view");
        setLeft(profilesPane());
        SplitPane centre = new SplitPane(gridPane(exportTarget), new PromotionPane(model));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.6);
        setCenter(centre);
        model.databases().addListener(this::databasesChanged);
        // Slowness is a matter of time passing with no event; a once-a-second look finds it.
        slowWatch = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        slowWatch.setCycleCount(Animation.INDEFINITE);
        model.runningProperty().addListener((obs, was, running) -> {
            if (running) {
                slowWatch.play();
            } else {
                slowWatch.stop();
            }
        });
    }

    private VBox profilesPane() {
        profileList.setId("compare-profiles");
        profileList.setItems(model.profiles());
        profileList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        profileList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Profile p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.label());
            }
        });
        profileList.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Profile>) c -> {
            if (!syncingSelection) {
                syncingSelection = true;
                model.chosen().setAll(List.copyOf(profileList.getSelectionModel().getSelectedItems()));
                syncingSelection = false;
            }
        });
        model.chosen().addListener((ListChangeListener<Profile>) c -> showChosen());
        // The window may open with profiles chosen already (those sharing the open profile's folder).
        showChosen();
        VBox.setVgrow(profileList, Priority.ALWAYS);
        Button sharing = new Button("All sharing this folder");
        sharing.setId("compare-all-sharing");
        sharing.setMaxWidth(Double.MAX_VALUE);
        sharing.disableProperty().bind(profileList.getSelectionModel().selectedItemProperty().isNull());
        sharing.setOnAction(e -> model.chooseAllSharingFolderOf(profileList.getSelectionModel().getSelectedItem()));
        Button compare = new Button("Compare");
        compare.setId("compare-run");
        compare.setDefaultButton(true);
        compare.setOnAction(e -> model.compare());
        Button cancel = new Button("Cancel");
        cancel.setId("compare-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Label hint = new Label("Ctrl+click to choose several. For every tenant of one folder, select one and press:");
        hint.setWrapText(true);
        hint.getStyleClass().add("placeholder-message");
        VBox left = new VBox(6, new Label("Profiles"), profileList, hint, sharing, new HBox(6, compare, cancel));
        left.setPadding(new Insets(8));
        left.setPrefWidth(240);
        return left;
    }

    private void showChosen() {
        if (!syncingSelection) {
            syncingSelection = true;
            profileList.getSelectionModel().clearSelection();
            model.chosen().forEach(p -> profileList.getSelectionModel().select(p));
            syncingSelection = false;
        }
    }

    private VBox gridPane(ExportTarget exportTarget) {
        CheckBox only = new CheckBox("Only rows that differ");
        only.setId("compare-only-differing");
        only.selectedProperty().bindBidirectional(model.onlyDifferingProperty());
        Button csv = new Button("Export CSV…");
        csv.setId("compare-export-csv");
        csv.setOnAction(e -> exportTarget.ask("csv").ifPresent(model::export));
        Button html = new Button("Export HTML…");
        html.setId("compare-export-html");
        html.setOnAction(e -> exportTarget.ask("html").ifPresent(model::export));
        csv.disableProperty().bind(model.comparisonProperty().isNull());
        html.disableProperty().bind(model.comparisonProperty().isNull());
        Label message = new Label();
        message.setId("compare-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        grid.setId("compare-grid");
        grid.setItems(model.rows());
        grid.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // With a fixed row height the rows lay out only the columns in view, not all 200 databases' cells;
        // 40 px holds a cell's two lines (the state badge and the applied-at time).
        grid.setFixedCellSize(40);
        grid.setPlaceholder(new Label("Choose profiles on the left and press Compare."));
        grid.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ComparisonRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("compare-differs");
                if (!empty && row != null && row.differs()) {
                    getStyleClass().add("compare-differs");
                }
            }
        });
        VBox.setVgrow(grid, Priority.ALWAYS);
        HBox tools = new HBox(10, only, csv, html);
        VBox box = new VBox(6, tools, message, grid);
        box.setPadding(new Insets(8));
        return box;
    }

    /**
     * New databases (a new comparison) get new columns; otherwise only the headers of the databases
     * that changed are redrawn: with 200 columns, redrawing all on each of 400 events is what made
     * the grid slow to fill.
     */
    private void databasesChanged(ListChangeListener.Change<? extends DatabaseProgress> change) {
        List<String> names = model.databases().stream().map(DatabaseProgress::name).toList();
        if (!names.equals(List.copyOf(headers.keySet()))) {
            rebuildColumns(names);
            model.databases().forEach(p -> headers.get(p.name()).show(p));
            return;
        }
        while (change.next()) {
            for (DatabaseProgress p : change.getAddedSubList()) {
                headers.get(p.name()).show(p);
            }
        }
    }

    private void rebuildColumns(List<String> names) {
        headers.clear();
        List<TableColumn<ComparisonRow, ?>> columns = new ArrayList<>();
        Tooltip cellTooltip = ComparisonCell.sharedTooltip();
        TableColumn<ComparisonRow, String> version = new TableColumn<>("Version");
        version.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().version()));
        version.setPrefWidth(110);
        TableColumn<ComparisonRow, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(180);
        columns.add(version);
        columns.add(name);
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            DatabaseHeader header = new DatabaseHeader(names.get(i));
            headers.put(names.get(i), header);
            TableColumn<ComparisonRow, Cell> column = new TableColumn<>();
            column.setGraphic(header);
            column.setPrefWidth(150);
            column.setSortable(false);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(index)));
            column.setCellFactory(c -> new ComparisonCell(cellTooltip));
            columns.add(column);
        }
        grid.getColumns().setAll(columns);
    }

    /** The header of one database's column, for tests and screenshots. */
    String headerText(String database) {
        DatabaseHeader h = headers.get(database);
        return h == null ? null : h.statusText();
    }

    /** Stops the slow-watch when the window closes. */
    public void dispose() {
        slowWatch.stop();
        model.cancel();
    }
}
