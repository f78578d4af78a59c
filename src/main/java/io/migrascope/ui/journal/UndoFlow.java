package io.migrascope.ui.journal;

import io.migrascope.core.action.TrackingWrite;
import io.migrascope.core.action.UndoAction;
import io.migrascope.core.action.UndoExecutor;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.journal.JournalEntry;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.Tools;
import io.migrascope.core.tool.TrackingWriter;
import io.migrascope.ui.ConsoleContext;
import io.migrascope.ui.action.ActionDialog;
import io.migrascope.ui.action.ActionExecution;
import io.migrascope.ui.action.ActionModel;
import io.migrascope.ui.action.FxThread;
import io.migrascope.ui.action.JournalLinks;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * Undo of a journal entry through the same guarded dialog as every other action: the plan (which
 * checks the files of a renumber on disk) runs in the background, then the dialog shows its preview
 * and blockers. Row undo writes with the entry's own tool and schema; a file-move undo needs no
 * database at all.
 */
public final class UndoFlow {
    private final ConsoleContext context;
    private final JournalLinks links;

    public UndoFlow(ConsoleContext context, JournalLinks links) {
        this.context = context;
        this.links = links;
    }

    /** How a confirmed undo runs: the entry's tool's writer for its schema, on the open database. */
    public static ActionExecution execution(ConsoleContext context, UndoAction undo) {
        return (write, listener, cancellation) -> {
            JournalEntry entry = undo.entry();
            TrackingWriter writer = undo.touchesRows()
                    ? toolOf(context, entry).writer(entry.schema(), context.database().spec().database()) : null;
            TrackingWrite done = new UndoExecutor(write).execute(undo, writer);
            return "undid journal entry " + entry.id() + ": " + done.removed().size() + " row(s) removed, "
                    + done.added().size() + " restored; journal entry " + done.journalId();
        };
    }

    private static MigrationTool toolOf(ConsoleContext context, JournalEntry entry) {
        MigrationTool open = context.audit().tool();
        if (open.id().equals(entry.tool())) {
            return open;
        }
        return Tools.byId(entry.tool()).orElseThrow(() -> new IllegalStateException("journal entry " + entry.id()
                + " was written for the tool '" + entry.tool() + "', which this Migrascope does not know"));
    }

    /** The dialog model for a planned undo. */
    public ActionModel model(UndoAction undo) {
        return new ActionModel(context, undo, execution(context, undo), FxThread.PLATFORM);
    }

    /**
     * Plans the undo of {@code journalId} in the background, then opens the dialog. FX thread.
     *
     * @param opened called with the dialog once it is open
     */
    public void start(String journalId, Window owner, Consumer<ActionDialog> opened) {
        Journal journal = context.writeContext("").journal();
        context.tasks().run("Planning the undo of " + journalId, p -> {
            Journal.Contents contents = journal.read();
            JournalEntry entry = contents.entries().stream().filter(e -> e.id().equals(journalId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("there is no journal entry " + journalId + " in "
                            + journal.file()));
            return UndoAction.plan(entry, contents.entries());
        }, undo -> opened.accept(ActionDialog.open(model(undo), owner, links)), failure -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Cannot undo " + journalId + ": " + failure.getMessage());
            alert.setHeaderText("Undo is not possible");
            if (owner != null) {
                alert.initOwner(owner);
            }
            alert.show();
        });
    }
}
