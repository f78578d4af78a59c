package io.migrascope.core.action;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectException;
import io.migrascope.core.db.LockHeldException;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.TrackingTableException;
import java.io.IOException;
import java.sql.SQLException;

/** Runs a confirmed {@link SyncAction} in one transaction, journaled, after re-probing the catalog. */
public final class SyncExecutor {
    private final WriteContext context;
    private final Audit audit;

    public SyncExecutor(WriteContext context, Audit audit) {
        this.context = context;
        this.audit = audit;
    }

    public TrackingWrite execute(SyncAction confirmed)
            throws ConnectException, LockHeldException, ActionException, SQLException, IOException {
        if (!confirmed.blockers().isEmpty()) {
            throw new ActionException("sync is refused: " + String.join("; ", confirmed.blockers()), null, null);
        }
        var description = new TrackingWriteExecutor.Description(audit.tool().id(), audit.schema(), "sync",
                confirmed.versions().stream().map(Version::text).toList(), confirmed.preview().render(), null);
        return new TrackingWriteExecutor(context).run(confirmed.writer(), description, work -> {
            Report now;
            try {
                now = audit.run(work, context.database().spec().label());
            } catch (TrackingTableException e) {
                throw new ActionException(e.getMessage(), null, e);
            }
            SyncAction fresh = SyncAction.plan(now, confirmed.writer());
            if (!fresh.blockers().isEmpty() || !fresh.sameWorkAs(confirmed)) {
                throw new ActionException("the schema or the tracking table changed since the preview; nothing was"
                        + " written. Look again and retry.", null, null);
            }
            return fresh.commands();
        });
    }
}
