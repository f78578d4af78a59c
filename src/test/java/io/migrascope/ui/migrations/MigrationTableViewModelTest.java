package io.migrascope.ui.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Version;
import io.migrascope.ui.task.SynchronousTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The table's rows, filters and counts, without a screen. */
class MigrationTableViewModelTest {
    private final MigrationTableViewModel model = new MigrationTableViewModel(new SynchronousTaskRunner());

    private List<String> shownVersions() {
        return model.filteredRows().stream().map(r -> r.version().text()).toList();
    }

    @Test
    void aReportBecomesOneItemPerRowWithItsCounts() {
        model.setReport(Rows.sampleLike());
        assertEquals(7, model.allRows().size());
        assertEquals(3, model.count(MigrationState.DUPLICATE));
        assertEquals(2, model.count(MigrationState.PENDING));
        RowItem dup = model.allRows().get(2);
        assertEquals("003_add_missing_request_columns.sql\n003_add_unread_tracking.sql", dup.files(),
                "both files of a duplicate");
        RowItem applied = model.allRows().get(0);
        assertEquals("postgres", applied.appliedBy());
        assertEquals(12L, applied.executionTimeMs());
        assertEquals("t001", applied.trackedChecksum());
    }

    @Test
    void statesFilterTogetherAndNoneMeansAll() {
        model.setReport(Rows.sampleLike());
        model.toggleState(MigrationState.DUPLICATE);
        assertEquals(List.of("003", "005", "006"), shownVersions());
        model.toggleState(MigrationState.PENDING);
        assertEquals(List.of("003", "004", "005", "006", "007"), shownVersions());
        model.toggleState(MigrationState.DUPLICATE);
        model.toggleState(MigrationState.PENDING);
        assertEquals(7, shownVersions().size());
    }

    @Test
    void textFiltersVersionNameFileAndStateIgnoringCase() {
        model.setReport(Rows.sampleLike());
        model.filterTextProperty().set("UNREAD");
        assertEquals(List.of("003"), shownVersions(), "a second file's name counts");
        model.filterTextProperty().set("cosmetic");
        assertEquals(List.of("002"), shownVersions(), "the state name counts");
        model.filterTextProperty().set("00");
        model.toggleState(MigrationState.PENDING);
        assertEquals(List.of("004", "007"), shownVersions(), "text and state together");
        model.clearFilters();
        assertEquals(7, shownVersions().size());
    }

    @Test
    void selectingHiddenRowsClearsTheFiltersAndAsksTheViewToSelectThem() {
        model.setReport(Rows.sampleLike());
        model.toggleState(MigrationState.PENDING);
        model.select(List.of(Version.parse("005")));
        assertTrue(model.shownStates().isEmpty(), "005 would be hidden otherwise");
        assertNotNull(model.selectionRequestProperty().get());
        assertEquals(List.of(Version.parse("005")), model.selectionRequestProperty().get().versions());
        long first = model.selectionRequestProperty().get().sequence();
        model.select(List.of(Version.parse("005")));
        assertTrue(model.selectionRequestProperty().get().sequence() > first, "asking twice is two requests");
    }

    @Test
    void aRefreshKeepsTheSelectionByVersion() {
        model.setReport(Rows.sampleLike());
        MigrationRow row = model.allRows().get(3).row();
        model.setSelection(List.of(row));
        model.setReport(Rows.sampleLike());
        assertEquals(List.of(Version.parse("004")), model.selectionRequestProperty().get().versions());
    }

    @Test
    void tenThousandRowsArriveInOneChange() {
        List<MigrationRow> rows = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            rows.add(Rows.row(String.format("%05d", i), i % 2 == 0 ? MigrationState.APPLIED : MigrationState.PENDING,
                    "m" + i));
        }
        AtomicInteger changes = new AtomicInteger();
        model.allRows().addListener((ListChangeListener<RowItem>) c -> changes.incrementAndGet());
        model.setReport(Rows.report(rows));
        assertEquals(10_000, model.allRows().size());
        assertEquals(1, changes.get(), "one setAll, never a change per row");
        assertEquals(5_000, model.count(MigrationState.APPLIED));
        model.filterTextProperty().set("m9999");
        assertEquals(List.of("09999"), shownVersions());
    }
}
