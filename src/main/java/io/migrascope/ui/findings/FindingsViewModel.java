package io.migrascope.ui.findings;

import io.migrascope.core.action.RecoveryPlanner;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The report's findings and what choosing one does. The window supplies the effects (select rows,
 * plan and run an action, open the recovery): this class only decides which applies.
 */
public final class FindingsViewModel {
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final BooleanProperty writable = new SimpleBooleanProperty(true);
    private Consumer<List<Version>> selectRows = v -> { };
    private BiConsumer<Finding, ActionKind> resolve = (f, k) -> { };
    private Consumer<Finding> recover = f -> { };

    public void setReport(Report report) {
        findings.setAll(report == null ? List.of() : report.findings());
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** False while the profile is read-only: the resolving buttons are then disabled. */
    public BooleanProperty writableProperty() {
        return writable;
    }

    public void onSelectRows(Consumer<List<Version>> effect) {
        this.selectRows = effect;
    }

    public void onResolve(BiConsumer<Finding, ActionKind> effect) {
        this.resolve = effect;
    }

    public void onRecover(Consumer<Finding> effect) {
        this.recover = effect;
    }

    /** A finding was clicked or Enter was pressed on it: its rows get selected. */
    public void activate(Finding finding) {
        if (finding != null && !finding.versions().isEmpty()) {
            selectRows.accept(finding.versions());
        }
    }

    public void resolve(Finding finding, ActionKind kind) {
        resolve.accept(finding, kind);
    }

    public void recover(Finding finding) {
        recover.accept(finding);
    }

    /** Whether the guided recovery has something to say: everything but plain information, and pending files. */
    public static boolean hasGuide(Finding finding) {
        return RecoveryPlanner.hasGuide(finding);
    }

    /** The button text of an action. */
    public static String label(ActionKind kind) {
        return switch (kind) {
            case APPLY -> "Apply";
            case MARK_APPLIED -> "Mark applied";
            case MARK_ROLLED_BACK -> "Mark rolled back";
            case SYNC -> "Sync";
            case DELETE_TRACKING_ROW -> "Delete tracking row…";
            case REALIGN_CHECKSUM -> "Realign checksum";
            case RENUMBER_FILE -> "Renumber file";
        };
    }
}
