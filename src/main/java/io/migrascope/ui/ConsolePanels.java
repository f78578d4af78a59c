package io.migrascope.ui;

import io.migrascope.core.action.Action;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.MigrationRow;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The panels the main window hosts around its migration table: the SQL pane, the guarded-action
 * dialog, the journal and the guided recovery. The main window decides what to show; these decide
 * how, and every write goes through {@link #runAction}.
 */
public interface ConsolePanels {

    /** The SQL pane node, created once. */
    Node sqlPane();

    /** The selected row changed (null when none): show its SQL, or its drift diff. */
    void showRow(MigrationRow row);

    /**
     * Confirms and runs an action: the target, the exact preview and a reason; a typed confirmation
     * for destructive actions and production; afterwards a notification, a refresh and the journal
     * entry. Does nothing but explain when the action has blockers or the profile is read-only.
     */
    void runAction(Action action, Window owner);

    /** Opens the journal with undo. */
    void openJournal(Window owner);

    /** Opens the guided recovery for a finding. */
    void openRecovery(Finding finding, Window owner);
}
