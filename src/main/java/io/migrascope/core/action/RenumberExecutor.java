package io.migrascope.core.action;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectException;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/** Runs a confirmed {@link RenumberAction}: re-reads folder and database, renames, journals. */
public final class RenumberExecutor {
    private final WriteContext context;
    private final Audit audit;

    public RenumberExecutor(WriteContext context, Audit audit) {
        this.context = context;
        this.audit = audit;
    }

    /** @return the journal entry id */
    public String execute(RenumberAction confirmed, String chosen)
            throws ConnectException, ActionException, SQLException, IOException {
        if (!confirmed.blockers().isEmpty()) {
            throw new ActionException("renumber is refused: " + String.join("; ", confirmed.blockers()), null, null);
        }
        FolderChange.Fresh now = FolderChange.readAgain(context, audit);
        RenumberAction fresh = confirmed.replan(now.report(), audit.tool(), chosen);
        if (!fresh.blockers().isEmpty() || !fresh.move().equals(confirmed.move())) {
            throw new ActionException("the folder or the tracking table changed since the preview; nothing was"
                    + " renamed. Look again and retry.", null, null);
        }
        return FolderChange.journaled(context, audit, now, "renumber",
                List.of(confirmed.version().text(), confirmed.newVersion().text()), confirmed.preview(),
                List.of(confirmed.move()), List.of(), () -> FileMoves.perform(confirmed.move()));
    }
}
