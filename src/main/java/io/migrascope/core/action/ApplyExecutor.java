package io.migrascope.core.action;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectException;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.HeldLock;
import io.migrascope.core.db.LockHeldException;
import io.migrascope.core.db.ToolLock;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.LockSpec;
import io.migrascope.core.tool.RunOutcome;
import io.migrascope.core.tool.TrackingTableException;
import io.migrascope.core.tool.TrackingWriter;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a confirmed {@link ApplyAction}. The lock lives on a connection of its own (see
 * {@link AdvisoryLock}); under it the state is read again, and if it no longer matches the
 * confirmed preview nothing runs. Each transactional file and its tracking row commit together.
 */
public final class ApplyExecutor {
    private final Database database;
    private final Audit audit;
    private final ApplyOptions options;
    private final ApplyListener listener;
    private final Cancellation cancellation;

    public ApplyExecutor(Database database, Audit audit, ApplyOptions options, ApplyListener listener,
                         Cancellation cancellation) {
        this.database = database;
        this.audit = audit;
        this.options = options;
        this.listener = listener;
        this.cancellation = cancellation;
    }

    /** The files that ran, in order; throws at the first failure, after recording what must be recorded. */
    public List<RunOutcome> execute(ApplyAction confirmed)
            throws ConnectException, LockHeldException, ApplyException, SQLException, IOException, TrackingTableException {
        if (!confirmed.blockers().isEmpty()) {
            throw new ApplyException("apply is blocked: " + String.join("; ", confirmed.blockers()), null, null);
        }
        TrackingWriter writer = confirmed.writer();
        try (Connection lockConnection = database.open(); Connection work = database.open()) {
            if (writer.lock() instanceof LockSpec.LockTable) {
                // A lock row can only be taken once its table exists.
                ensureTrackingTable(work, writer);
            }
            try (HeldLock ignored = ToolLock.acquire(lockConnection, writer.lock(), options.lockWait(),
                    writer.lockName())) {
                Report now = audit.run(work, database.spec().label());
                ApplyAction fresh = ApplyAction.plan(now, confirmed.tool(), writer, options);
                if (!fresh.blockers().isEmpty() || !fresh.sameWorkAs(confirmed)) {
                    throw new ApplyException("the migration state changed since the preview (another session applied"
                            + " or a file changed); nothing was run. Run apply again to see the new preview.", null, null);
                }
                ensureTrackingTable(work, writer);
                return runFiles(work, writer, fresh.files());
            }
        }
    }

    private static void ensureTrackingTable(Connection work, TrackingWriter writer) throws SQLException {
        work.setAutoCommit(false);
        try (var st = work.createStatement()) {
            for (String sql : writer.createSql()) {
                st.execute(sql);
            }
            work.commit();
        } catch (SQLException e) {
            work.rollback();
            throw e;
        }
    }

    private List<RunOutcome> runFiles(Connection work, TrackingWriter writer, List<PlannedFile> files)
            throws ApplyException, SQLException {
        List<RunOutcome> done = new ArrayList<>();
        FileRunner runner = new FileRunner(work, writer, cancellation);
        for (int i = 0; i < files.size(); i++) {
            PlannedFile p = files.get(i);
            if (cancellation.isCancelled()) {
                throw new ApplyException("apply was cancelled before " + p.file().file() + "; " + done.size()
                        + " file(s) before it are applied and recorded.", "57014", null);
            }
            listener.fileStarted(i + 1, files.size(), p.file());
            RunOutcome outcome = runner.run(p, done.size());
            done.add(outcome);
            listener.fileFinished(i + 1, files.size(), p.file(), outcome);
        }
        return done;
    }

}
