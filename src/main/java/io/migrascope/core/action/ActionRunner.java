package io.migrascope.core.action;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectException;
import io.migrascope.core.db.LockHeldException;
import io.migrascope.core.tool.TrackingTableException;
import java.io.IOException;
import java.sql.SQLException;

/**
 * Runs any confirmed action with its executor, for faces that hold an {@link Action} without caring
 * which (the guided recovery, the GUI's toolbar). Returns one sentence saying what was done.
 */
public final class ActionRunner {
    private final WriteContext context;
    private final Audit audit;

    public ActionRunner(WriteContext context, Audit audit) {
        this.context = context;
        this.audit = audit;
    }

    public String run(Action action, ApplyListener listener, Cancellation cancellation)
            throws ConnectException, LockHeldException, ActionException, SQLException, IOException,
            TrackingTableException {
        if (action instanceof ApplyAction apply) {
            int n = new ApplyExecutor(context, audit, ApplyOptions.defaults(), listener, cancellation).execute(apply).size();
            return "applied " + n + " migration(s)";
        }
        if (action instanceof RepairAction repair) {
            TrackingWrite w = new RepairExecutor(context, audit).execute(repair);
            return describe(w);
        }
        if (action instanceof SyncAction sync) {
            return describe(new SyncExecutor(context, audit).execute(sync));
        }
        if (action instanceof RenumberAction renumber) {
            String id = new RenumberExecutor(context, audit).execute(renumber, renumber.chosenFile());
            return "renamed " + renumber.move().from() + " to " + renumber.move().to() + "; journal entry " + id;
        }
        if (action instanceof FileEditAction edit) {
            String id = new FileEditExecutor(context, audit).execute(edit);
            return "edited " + edit.edit().path() + "; journal entry " + id;
        }
        throw new ActionException("undo runs from the journal, not from here", null, null);
    }

    private static String describe(TrackingWrite w) {
        return w.removed().size() + " tracking row(s) removed, " + w.added().size() + " added; journal entry "
                + w.journalId();
    }
}
