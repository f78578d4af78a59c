package io.migrascope.ui.migrations;

import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.ui.task.Progress;
import io.migrascope.ui.task.TaskRunner;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;

/**
 * The rows of the report, the state and text filters, the counts per state and the selection.
 * A new report's rows are built on a background thread and replace the old ones in one change.
 */
public final class MigrationTableViewModel {
    private final TaskRunner tasks;
    private final ObservableList<RowItem> items = FXCollections.observableArrayList();
    private final FilteredList<RowItem> filtered = new FilteredList<>(items, r -> true);
    private final ObservableSet<MigrationState> shownStates = FXCollections.observableSet(EnumSet.noneOf(MigrationState.class));
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Map<MigrationState, Integer>> counts = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObservableList<MigrationRow> selectedRows = FXCollections.observableArrayList();
    // One read-only view each, kept: a wrapper made per call listens weakly and would lose its listeners to GC.
    private final ObservableList<RowItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ObservableList<MigrationRow> selectedView = FXCollections.unmodifiableObservableList(selectedRows);
    private final ReadOnlyObjectWrapper<SelectionRequest> selectionRequest = new ReadOnlyObjectWrapper<>();
    private long generation;
    private long requests;

    public MigrationTableViewModel(TaskRunner tasks) {
        this.tasks = tasks;
        shownStates.addListener((SetChangeListener<MigrationState>) c -> updatePredicate());
        filterText.addListener((obs, old, now) -> updatePredicate());
    }

    /** Shows a new report; the rows are built in the background and the selection is kept by version. */
    public void setReport(Report report) {
        long mine = ++generation;
        List<Version> keep = selectedRows.stream().map(MigrationRow::version).toList();
        if (report == null) {
            items.clear();
            counts.set(Map.of());
            return;
        }
        tasks.run("Listing " + report.rows().size() + " migrations", p -> build(report.rows(), p), built -> {
            if (mine != generation) {
                return;
            }
            items.setAll(built);
            counts.set(report.summary());
            if (!keep.isEmpty()) {
                select(keep);
            }
        }, error -> { });
    }

    /** Runs on a background thread: one item per row, every text precomputed. */
    static List<RowItem> build(List<MigrationRow> rows, Progress progress) {
        List<RowItem> built = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            built.add(new RowItem(rows.get(i)));
            if (i % 1000 == 0) {
                progress.update((double) i / rows.size(), i + " of " + rows.size());
            }
        }
        return built;
    }

    private void updatePredicate() {
        Set<MigrationState> states = EnumSet.noneOf(MigrationState.class);
        states.addAll(shownStates);
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(item -> (states.isEmpty() || states.contains(item.state())) && item.matches(text));
    }

    /** Shows rows in this state too (or no longer); with no state chosen every row shows. */
    public void toggleState(MigrationState state) {
        if (!shownStates.remove(state)) {
            shownStates.add(state);
        }
    }

    public void clearFilters() {
        shownStates.clear();
        filterText.set("");
    }

    /** Asks the view to select the rows of these versions, clearing filters that would hide them. */
    public void select(List<Version> versions) {
        boolean hidden = items.stream().anyMatch(i -> versions.contains(i.version()) && !filtered.contains(i));
        if (hidden) {
            clearFilters();
        }
        selectionRequest.set(new SelectionRequest(List.copyOf(versions), ++requests));
    }

    /** Called by the view when the user changes the selection. */
    public void setSelection(List<MigrationRow> rows) {
        selectedRows.setAll(rows);
    }

    // ---- properties

    /** The rows that pass the filters, in report order (the view sorts them). */
    public ObservableList<RowItem> filteredRows() {
        return filtered;
    }

    public ObservableList<RowItem> allRows() {
        return itemsView;
    }

    public ObservableSet<MigrationState> shownStates() {
        return shownStates;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Rows per state in the whole report, every state present. */
    public ReadOnlyObjectProperty<Map<MigrationState, Integer>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public int count(MigrationState state) {
        return counts.get().getOrDefault(state, 0);
    }

    public ObservableList<MigrationRow> selectedRows() {
        return selectedView;
    }

    public ReadOnlyObjectProperty<SelectionRequest> selectionRequestProperty() {
        return selectionRequest.getReadOnlyProperty();
    }

    /** Rows to select; {@code sequence} makes a repeated request for the same versions a change too. */
    public record SelectionRequest(List<Version> versions, long sequence) {
    }
}
