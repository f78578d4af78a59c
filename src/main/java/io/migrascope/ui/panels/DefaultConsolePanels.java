package io.migrascope.ui.panels;

import io.migrascope.core.action.Action;
import io.migrascope.core.action.UndoAction;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.ui.ConsoleContext;
import io.migrascope.ui.ConsolePanels;
import io.migrascope.ui.action.ActionDialog;
import io.migrascope.ui.action.ActionModel;
import io.migrascope.ui.action.JournalLinks;
import io.migrascope.ui.journal.JournalModel;
import io.migrascope.ui.journal.JournalView;
import io.migrascope.ui.journal.UndoFlow;
import io.migrascope.ui.recovery.RecoveryModel;
import io.migrascope.ui.recovery.RecoveryView;
import io.migrascope.ui.sql.SqlPane;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The panels of one open profile: the SQL pane, the guarded-action dialog, the journal with undo
 * and the guided recovery, wired to each other (a finished action links to its journal entry and
 * its undo). Create one per {@link ConsoleContext}; call everything on the FX thread.
 */
public final class DefaultConsolePanels implements ConsolePanels, JournalLinks {
    private final ConsoleContext context;
    private final UndoFlow undo;
    private SqlPane sql;
    private JournalView journal;

    public DefaultConsolePanels(ConsoleContext context) {
        this.context = context;
        this.undo = new UndoFlow(context, this);
    }

    @Override
    public Node sqlPane() {
        return sql().node();
    }

    private SqlPane sql() {
        if (sql == null) {
            sql = new SqlPane(context);
        }
        return sql;
    }

    @Override
    public void showRow(MigrationRow row) {
        sql().show(row);
    }

    @Override
    public void runAction(Action action, Window owner) {
        ActionModel model = action instanceof UndoAction u ? undo.model(u) : ActionModel.of(context, action);
        ActionDialog.open(model, owner, this);
    }

    @Override
    public void openJournal(Window owner) {
        journalView(owner);
    }

    private JournalView journalView(Window owner) {
        if (journal != null && journal.stage().isShowing()) {
            journal.stage().toFront();
            journal.model().reload();
        } else {
            journal = JournalView.open(new JournalModel(context), undo, owner);
        }
        return journal;
    }

    @Override
    public void openRecovery(Finding finding, Window owner) {
        RecoveryView.open(RecoveryModel.of(context, finding), owner);
    }

    @Override
    public void showEntry(String journalId, Window owner) {
        journalView(owner).select(journalId);
    }

    @Override
    public void undoEntry(String journalId, Window owner) {
        undo.start(journalId, owner, dialog -> {
        });
    }
}
