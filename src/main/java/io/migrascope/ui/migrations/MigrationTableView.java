package io.migrascope.ui.migrations;

import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/** The migrations table with its filter field and the counts per state; draws what the view-model holds. */
public final class MigrationTableView extends VBox {
    private static final DateTimeFormatter APPLIED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final MigrationTableViewModel model;
    private final TableView<RowItem> table = new TableView<>();
    private final TextField filter = TextFields.createClearableTextField();
    private final Map<String, TableColumn<RowItem, ?>> columns = new LinkedHashMap<>();
    private boolean selecting;

    public MigrationTableView(MigrationTableViewModel model) {
        this.model = model;
        getStyleClass().add("migration-table");
        setId("migration-table");

        filter.setId("migration-filter");
        filter.setPromptText("Filter by version, name, file or state (Ctrl+F)");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        Button clear = new Button("Show all");
        clear.setId("clear-filters");
        clear.setTooltip(new Tooltip("Clear the state and text filters"));
        clear.setOnAction(e -> model.clearFilters());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox filterBar = new HBox(filter, clear);
        filterBar.getStyleClass().add("filter-bar");

        buildColumns();
        SortedList<RowItem> sorted = new SortedList<>(model.filteredRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("migration-table-view");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No migrations to show."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RowItem>) c -> {
            if (!selecting) {
                model.setSelection(selectedRows());
            }
        });
        model.selectionRequestProperty().addListener((obs, old, request) -> {
            if (request != null) {
                selectVersions(request.versions());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filterBar, new StateSummaryBar(model), table);
    }

    private void buildColumns() {
        TableColumn<RowItem, MigrationState> state = column("state", "State", 175, RowItem::state);
        state.setCellFactory(c -> new StateBadgeCell());
        column("version", "Version", 90, RowItem::version);
        column("name", "Name", 220, RowItem::name);
        TableColumn<RowItem, String> file = column("file", "File", 300, RowItem::files);
        file.setCellFactory(c -> new FilesCell());
        TableColumn<RowItem, Instant> appliedAt = column("appliedAt", "Applied at", 150, RowItem::appliedAt);
        appliedAt.setCellFactory(c -> formatted(APPLIED_AT::format));
        column("appliedBy", "Applied by", 100, RowItem::appliedBy);
        TableColumn<RowItem, Long> time = column("executionTime", "Time", 70, RowItem::executionTimeMs);
        time.setCellFactory(c -> formatted(ms -> ms + " ms"));
        TableColumn<RowItem, String> fileSum = column("fileChecksum", "File checksum", 110, RowItem::fileChecksum);
        fileSum.setCellFactory(c -> checksumCell());
        TableColumn<RowItem, String> trackedSum = column("trackedChecksum", "Tracked checksum", 110,
                RowItem::trackedChecksum);
        trackedSum.setCellFactory(c -> checksumCell());
    }

    private <T> TableColumn<RowItem, T> column(String id, String title, double width, Function<RowItem, T> value) {
        TableColumn<RowItem, T> col = new TableColumn<>(title);
        col.setId(id);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        columns.put(id, col);
        table.getColumns().add(col);
        return col;
    }

    private static <T> TableCell<RowItem, T> formatted(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }

    /** A checksum shows its first 12 characters; the whole one is in the tooltip (one per cell, reused). */
    private static TableCell<RowItem, String> checksumCell() {
        return new TableCell<>() {
            private final Tooltip whole = new Tooltip();

            {
                getStyleClass().add("monospace");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.isEmpty()) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                List<String> shortened = item.lines().map(s -> s.length() > 12 ? s.substring(0, 12) + "…" : s).toList();
                setText(String.join("\n", shortened));
                whole.setText(item);
                setTooltip(whole);
            }
        };
    }

    private List<MigrationRow> selectedRows() {
        return table.getSelectionModel().getSelectedItems().stream().filter(java.util.Objects::nonNull)
                .map(RowItem::row).toList();
    }

    private void selectVersions(List<Version> versions) {
        selecting = true;
        try {
            table.getSelectionModel().clearSelection();
            int first = -1;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (versions.contains(table.getItems().get(i).version())) {
                    table.getSelectionModel().select(i);
                    first = first < 0 ? i : first;
                }
            }
            if (first >= 0) {
                table.scrollTo(first);
            }
        } finally {
            selecting = false;
        }
        model.setSelection(selectedRows());
    }

    /** Ctrl+F lands here. */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public void setRowContextMenu(ContextMenu menu) {
        table.setContextMenu(menu);
    }

    public TableView<RowItem> table() {
        return table;
    }

    // ---- the layout the user leaves behind

    public ColumnLayout captureLayout() {
        List<String> order = table.getColumns().stream().map(TableColumn::getId).toList();
        Map<String, Double> widths = new HashMap<>();
        table.getColumns().forEach(c -> widths.put(c.getId(), c.getWidth()));
        List<ColumnLayout.SortKey> sort = new ArrayList<>();
        for (TableColumn<RowItem, ?> c : table.getSortOrder()) {
            sort.add(new ColumnLayout.SortKey(c.getId(), c.getSortType() == TableColumn.SortType.ASCENDING));
        }
        return new ColumnLayout(order, widths, sort);
    }

    public void applyLayout(ColumnLayout layout) {
        if (layout == null) {
            return;
        }
        List<TableColumn<RowItem, ?>> ordered = new ArrayList<>();
        layout.order().stream().map(columns::get).filter(java.util.Objects::nonNull).forEach(ordered::add);
        columns.values().stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        table.getColumns().setAll(ordered);
        layout.widths().forEach((id, w) -> {
            TableColumn<RowItem, ?> c = columns.get(id);
            if (c != null && w > 10) {
                c.setPrefWidth(w);
            }
        });
        table.getSortOrder().clear();
        for (ColumnLayout.SortKey key : layout.sort()) {
            TableColumn<RowItem, ?> c = columns.get(key.column());
            if (c != null) {
                c.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                table.getSortOrder().add(c);
            }
        }
    }
}
