package io.migrascope.core.action;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectException;
import io.migrascope.core.db.LockHeldException;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.TrackingTableException;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/** Runs a confirmed {@link RepairAction}, journaled, after checking the state is still the previewed one. */
public final class RepairExecutor {
    private final WriteContext context;
    private final Audit audit;

    public RepairExecutor(WriteContext context, Audit audit) {
        this.context = context;
        this.audit = audit;
    }

    public TrackingWrite execute(RepairAction confirmed)
            throws ConnectException, LockHeldException, ActionException, SQLException, IOException {
        if (!confirmed.blockers().isEmpty()) {
            throw new ActionException(confirmed.preview().title() + " is refused: "
                    + String.join("; ", confirmed.blockers()), null, null);
        }
        var description = new TrackingWriteExecutor.Description(audit.tool().id(), audit.schema(),
                confirmed.kind().command(), List.of(confirmed.version().text()), confirmed.preview().render(), null);
        return new TrackingWriteExecutor(context).run(confirmed.writer(), description, work -> {
            Report now;
            try {
                now = audit.run(work, context.database().spec().label());
            } catch (TrackingTableException e) {
                throw new ActionException(e.getMessage(), null, e);
            }
            RepairAction fresh = RepairAction.plan(now, confirmed.writer(), confirmed.kind(), confirmed.version());
            if (!fresh.blockers().isEmpty() || !fresh.sameWorkAs(confirmed)) {
                throw new ActionException("the state of " + confirmed.version() + " changed since the preview"
                        + " (another session wrote, or a file changed); nothing was written. Look again and retry.",
                        null, null);
            }
            return fresh.commands();
        });
    }
}
