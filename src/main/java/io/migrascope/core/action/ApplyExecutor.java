package io.migrascope.core.action;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectException;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.HeldLock;
import io.migrascope.core.db.LockHeldException;
import io.migrascope.core.db.ToolLock;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.journal.JournalEntry;
import io.migrascope.core.journal.TableSnapshot;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.LockSpec;
import io.migrascope.core.tool.RunOutcome;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.TrackingTableException;
import io.migrascope.core.tool.TrackingWriter;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a confirmed {@link ApplyAction}. The lock lives on a connection of its own (see
 * {@link AdvisoryLock}); under it the state is read again, and if it no longer matches the
 * confirmed preview nothing runs. Each transactional file and its tracking row commit together.
 */
public final class ApplyExecutor {
    private final WriteContext context;
    private final Database database;
    private final Audit audit;
    private final ApplyOptions options;
    private final ApplyListener listener;
    private final Cancellation cancellation;

    public ApplyExecutor(WriteContext context, Audit audit, ApplyOptions options, ApplyListener listener,
                         Cancellation cancellation) {
        this.context = context;
        this.database = context.database();
        this.audit = audit;
        this.options = options;
        this.listener = listener;
        this.cancellation = cancellation;
    }

    /** The files that ran, in order; throws at the first failure, after recording what must be recorded. */
    public List<RunOutcome> execute(ApplyAction confirmed)
            throws ConnectException, LockHeldException, ActionException, SQLException, IOException, TrackingTableException {
        if (!confirmed.blockers().isEmpty()) {
            throw new ActionException("apply is blocked: " + String.join("; ", confirmed.blockers()), null, null);
        }
        TrackingWriter writer = confirmed.writer();
        try (Connection lockConnection = database.open(); Connection work = database.open()) {
            watchForLostClient(work);
            requirePrivileges(work, writer, confirmed);
            if (writer.lock() instanceof LockSpec.LockTable) {
                // A lock row can only be taken once its table exists.
                ensureTrackingTable(work, writer);
            }
            try (HeldLock ignored = ToolLock.acquire(lockConnection, writer.lock(), context.lockWait(),
                    writer.lockName(), listener::waitingForLock)) {
                Report now = audit.run(work, database.spec().label());
                ApplyAction fresh = ApplyAction.plan(now, confirmed.tool(), writer, options);
                List<MigrationFile> appliedMeanwhile = fresh.appliedSince(confirmed);
                if (!fresh.blockers().isEmpty() || appliedMeanwhile == null) {
                    throw new ActionException("the migration state changed since the preview (another session applied"
                            + " or a file changed); nothing was run. Run apply again to see the new preview.", null, null);
                }
                if (!appliedMeanwhile.isEmpty()) {
                    listener.appliedMeanwhile(appliedMeanwhile);
                }
                ensureTrackingTable(work, writer);
                TableSnapshot before = TableSnapshot.take(work, writer.qualifiedTable());
                List<RunOutcome> done = new ArrayList<>();
                try {
                    runFiles(work, writer, fresh.files(), done);
                } catch (ActionException | SQLException | RuntimeException e) {
                    try {
                        journal(work, writer, fresh, before, done);
                    } catch (SQLException | IOException | RuntimeException journalFailure) {
                        e.addSuppressed(journalFailure);
                    }
                    throw e;
                }
                journal(work, writer, fresh, before, done);
                return done;
            }
        }
    }

    /**
     * A client killed mid-file (kill -9, a dropped network) leaves its backend running the file in an
     * open transaction, while the migration lock on its idle connection is already released. With
     * this setting (PostgreSQL 14 and later; skipped before) the server checks the client's socket
     * during long statements and ends the orphan, so the next run does not wait on half a file.
     */
    private static void watchForLostClient(Connection work) throws SQLException {
        try (var st = work.createStatement()) {
            st.execute("SELECT set_config('client_connection_check_interval', '1000', false) FROM pg_catalog.pg_settings"
                    + " WHERE name = 'client_connection_check_interval'");
        }
    }

    private static void ensureTrackingTable(Connection work, TrackingWriter writer) throws SQLException, ActionException {
        work.setAutoCommit(false);
        try {
            TrackingTableSetup.ensure(work, writer);
            work.commit();
        } catch (SQLException | ActionException e) {
            work.rollback();
            throw e;
        }
    }

    /**
     * Before any file runs: the rows apply will write for these files need rights the role may lack;
     * a non-transactional file would otherwise commit its work and then fail to record it.
     */
    private static void requirePrivileges(Connection work, TrackingWriter writer, ApplyAction plan)
            throws SQLException, ActionException {
        List<SqlCommand> records = new ArrayList<>();
        for (PlannedFile p : plan.files()) {
            records.addAll(writer.recordRun(p.file(), new RunOutcome(true, 0, p.statements().size(), null)));
            if (!p.transactional()) {
                records.addAll(writer.recordRun(p.file(), new RunOutcome(false, 0, 0, "")));
            }
        }
        TrackingPrivileges.require(work, writer.qualifiedTable(), records, "apply", "nothing was run");
    }

    /**
     * One journal entry for the run, written after it: each file commits on its own, so the entry
     * records what did commit (the rows in the table now that were not there before).
     */
    private void journal(Connection work, TrackingWriter writer, ApplyAction plan, TableSnapshot before,
                         List<RunOutcome> done) throws SQLException, IOException {
        if (!work.getAutoCommit()) {
            work.rollback();
        }
        TableSnapshot after = TableSnapshot.take(work, writer.qualifiedTable());
        if (before.missingFrom(after).isEmpty() && before.newIn(after).isEmpty()) {
            return;
        }
        Instant at = Instant.now();
        List<String> versions = plan.files().stream().limit(Math.max(done.size(), 1))
                .map(p -> p.file().version().text()).toList();
        context.journal().append(new JournalEntry(Journal.newId(at), at, System.getProperty("user.name"),
                TrackingWriteExecutor.role(work), database.spec().label(), audit.tool().id(), audit.schema(),
                writer.qualifiedTable(), "apply", versions, context.reason(), plan.preview().render(),
                before.missingFrom(after), before.newIn(after), List.of(), null, JournalEntry.COMMITTED));
    }

    private void runFiles(Connection work, TrackingWriter writer, List<PlannedFile> files, List<RunOutcome> done)
            throws ActionException, SQLException {
        FileRunner runner = new FileRunner(work, writer, cancellation, listener);
        for (int i = 0; i < files.size(); i++) {
            PlannedFile p = files.get(i);
            if (cancellation.isCancelled()) {
                throw new ActionException("apply was cancelled before " + p.file().file() + "; " + done.size()
                        + " file(s) before it are applied and recorded.", "57014", null);
            }
            listener.fileStarted(i + 1, files.size(), p.file());
            RunOutcome outcome = runner.run(p, done.size());
            done.add(outcome);
            listener.fileFinished(i + 1, files.size(), p.file(), outcome);
        }
    }

}
