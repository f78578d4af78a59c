package io.migrascope.core.action;

import io.migrascope.core.db.ConnectException;
import io.migrascope.core.db.HeldLock;
import io.migrascope.core.db.LockHeldException;
import io.migrascope.core.db.ToolLock;
import io.migrascope.core.journal.JournalEntry;
import io.migrascope.core.journal.TableSnapshot;
import io.migrascope.core.tool.LockSpec;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.TrackingWriter;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The one way Migrascope writes tracking rows outside apply: under the tool's lock, re-check the
 * state, then in one transaction snapshot the table, run the confirmed commands, snapshot again,
 * journal the difference, commit, and mark the journal entry committed.
 */
final class TrackingWriteExecutor {
    private final WriteContext context;

    TrackingWriteExecutor(WriteContext context) {
        this.context = context;
    }

    /** Decides, under the lock and inside the transaction, what to run; throws when the state moved. */
    interface UnderLock {
        List<SqlCommand> commands(Connection work) throws ActionException, SQLException, IOException;
    }

    /** Describes the write for the journal. */
    record Description(String tool, String schema, String action, List<String> versions, String preview,
                       String undoOf) {
    }

    TrackingWrite run(TrackingWriter writer, Description what, UnderLock decide)
            throws ConnectException, LockHeldException, ActionException, SQLException, IOException {
        try (Connection lockConnection = context.database().open(); Connection work = context.database().open()) {
            if (writer.lock() instanceof LockSpec.LockTable) {
                // A lock row can only be taken once its table exists.
                TrackingTableSetup.ensure(work, writer);
            }
            try (HeldLock ignored = ToolLock.acquire(lockConnection, writer.lock(), context.lockWait(), writer.lockName())) {
                return runLocked(work, writer, what, decide);
            }
        }
    }

    private TrackingWrite runLocked(Connection work, TrackingWriter writer, Description what, UnderLock decide)
            throws ActionException, SQLException, IOException {
        work.setAutoCommit(false);
        JournalEntry entry = null;
        try {
            List<SqlCommand> commands = decide.commands(work);
            // A repair on a database the tool never ran on (seed 004) first needs the tool's own table.
            TrackingTableSetup.ensure(work, writer);
            TrackingPrivileges.require(work, writer.qualifiedTable(), commands, what.action(), "nothing was changed");
            TableSnapshot before = TableSnapshot.take(work, writer.qualifiedTable());
            SqlCommands.run(work, commands);
            TableSnapshot after = TableSnapshot.take(work, writer.qualifiedTable());
            Instant at = Instant.now();
            entry = new JournalEntry(io.migrascope.core.journal.Journal.newId(at), at,
                    System.getProperty("user.name"), role(work), context.database().spec().label(), what.tool(),
                    what.schema(), writer.qualifiedTable(), what.action(), what.versions(), context.reason(),
                    what.preview(), before.missingFrom(after), before.newIn(after), List.of(), what.undoOf(),
                    JournalEntry.PENDING);
            context.journal().append(entry);
            work.commit();
        } catch (ActionException | SQLException | IOException | RuntimeException e) {
            rollbackQuietly(work);
            if (entry != null) {
                context.journal().append(entry.withState("failed: " + e.getMessage()));
            }
            throw e;
        }
        context.journal().append(entry.withState(JournalEntry.COMMITTED));
        return new TrackingWrite(entry.id(), entry.removed(), entry.added());
    }

    static String role(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void rollbackQuietly(Connection work) {
        try {
            work.rollback();
        } catch (SQLException ignored) {
            // The connection is gone; the server has rolled the transaction back itself.
        }
    }
}
