package io.migrascope.ui.app;

import io.migrascope.core.action.TrackingPrivileges;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.AdvisoryLock;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.LockHolder;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.LockSpec;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.TableColumns;
import io.migrascope.core.tool.Tools;
import io.migrascope.ui.status.ConnectionFacts;
import io.migrascope.ui.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.postgresql.PGConnection;

/**
 * The background half of a session: connect, choose the tool, audit, and read the facts the status
 * bar shows. Everything here runs on a background thread; cancelling cancels the running query.
 */
final class SessionLoader {
    private SessionLoader() {
    }

    /** What opening a profile found. */
    record Opened(Audit audit, Report report, ConnectionFacts facts) {
    }

    /** What a refresh found: a new report and the current lock holders. */
    record Refreshed(Report report, List<LockHolder> lockHolders) {
    }

    static Opened open(Profile profile, Database database, boolean readOnlyByUs, Progress progress) throws Exception {
        Path folder = profile.folder();
        if (!Files.isDirectory(folder)) {
            throw new IOException("the migrations folder " + folder + " of profile " + profile.name()
                    + " does not exist or is not a folder; edit the profile and choose the folder");
        }
        progress.update(-1, "connecting to " + database.spec().label());
        // Reading never writes: the server refuses any write in this transaction (SQLSTATE 25006).
        try (Connection c = database.openForReading()) {
            return whileHolding(c, progress, () -> opened(profile, database, readOnlyByUs, progress, folder, c));
        }
    }

    private static Opened opened(Profile profile, Database database, boolean readOnlyByUs, Progress progress, Path folder,
                                 Connection c) throws Exception {
        MigrationTool tool = chooseTool(profile, folder, c);
        checkCancelled(progress);
        // Cached: a refresh stats the files that did not change instead of reading and parsing them.
        // On one thread: the FX thread keeps a core to draw on while the session loads and refreshes.
        Audit audit = new Audit(tool, folder, profile.schema() != null ? profile.schema() : tool.defaultSchema())
                .cached().inOneThread();
        progress.update(-1, "reading " + tool.displayName() + " tracking rows and " + folder.getFileName());
        Report report = TrackingPrivileges.read(c, audit, database);
        checkCancelled(progress);
        String role;
        boolean serverReadOnly;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT current_user, pg_is_in_recovery(), current_setting('default_transaction_read_only')")) {
            rs.next();
            role = rs.getString(1);
            // Our own read-only option sets default_transaction_read_only; only the server's own counts here.
            serverReadOnly = rs.getBoolean(2) || (!readOnlyByUs && "on".equals(rs.getString(3)));
        }
        List<LockHolder> holders = lockHolders(c, audit, database);
        ConnectionFacts facts = new ConnectionFacts(database.spec().host() + ":" + database.spec().port(),
                database.spec().database(), role, tool.displayName(), holders, serverReadOnly);
        return new Opened(audit, report, facts);
    }

    static Refreshed refresh(Audit audit, Database database, Progress progress) throws Exception {
        // An audit of a vanished folder would call every applied migration MISSING_FILE: say what happened instead.
        if (!Files.isDirectory(audit.folder())) {
            throw new IOException("the migrations folder " + audit.folder() + " no longer exists (deleted or moved"
                    + " while open); put it back, or edit the profile to choose its new place");
        }
        progress.update(-1, "reading " + audit.tool().displayName() + " tracking rows and " + audit.folder().getFileName());
        try {
            return read(audit, database, progress);
        } catch (Exception e) {
            if (!lostConnection(e) || progress.isCancelled()) {
                throw e;
            }
            // A pooled connection whose backend ended (a restart, pg_terminate_backend) fails once and leaves
            // the pool; the server may well be back, so one more try on a fresh connection says which.
            progress.update(-1, "the connection to " + database.spec().label() + " was lost; reconnecting");
            return read(audit, database, progress);
        }
    }

    private static Refreshed read(Audit audit, Database database, Progress progress) throws Exception {
        try (Connection c = database.openForReading()) {
            return whileHolding(c, progress, () -> {
                Report report = TrackingPrivileges.read(c, audit, database);
                checkCancelled(progress);
                return new Refreshed(report, lockHolders(c, audit, database));
            });
        }
    }

    /** SQLSTATE class 08 (connection exception) or 57P01..57P03 (the server ended or is not accepting the session). */
    static boolean lostConnection(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    /** Opens a session the way writes will, and says whether the server lets it write. */
    static boolean canWrite(Database database) throws Exception {
        try (Connection c = database.open(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT pg_is_in_recovery(), current_setting('transaction_read_only')")) {
            rs.next();
            return !rs.getBoolean(1) && !"on".equals(rs.getString(2));
        }
    }

    private static MigrationTool chooseTool(Profile profile, Path folder, Connection c) throws Exception {
        if (Tools.AUTO.equals(profile.tool())) {
            try {
                return Tools.detect(folder, (schema, table) -> TableColumns.of(c, schema, table));
            } catch (Tools.AmbiguousToolException e) {
                throw new IllegalStateException(e.getMessage().replace("Pass --tool to choose.",
                        "Choose the tool in the profile (Edit…)."), e);
            }
        }
        return Tools.byId(profile.tool()).orElseThrow(() -> new IllegalStateException("profile " + profile.name()
                + " names the unknown tool '" + profile.tool() + "'; choose one of auto, " + String.join(", ", Tools.ids())));
    }

    /** Sessions holding the tool's migration lock; a lock kept in a table (Knex) is not an advisory lock. */
    static List<LockHolder> lockHolders(Connection c, Audit audit, Database database) throws SQLException {
        LockSpec lock = audit.writer(database.spec().database()).lock();
        if (lock instanceof LockSpec.Advisory advisory) {
            return AdvisoryLock.holders(c, advisory.key());
        }
        if (lock instanceof LockSpec.None none) {
            return AdvisoryLock.holders(c, none.migrascopeKey());
        }
        return List.of();
    }

    /** Work on a borrowed connection. */
    @FunctionalInterface
    private interface ConnectionWork<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code work}, cancelling its query when the task is cancelled, but only while the work
     * holds the connection: a pooled connection serves the next task afterwards, and a cancel that
     * comes late (a refresh cancels the one before it, finished or not) would otherwise stop that
     * task's query instead.
     */
    private static <T> T whileHolding(Connection c, Progress progress, ConnectionWork<T> work) throws Exception {
        AtomicBoolean holding = new AtomicBoolean(true);
        progress.onCancel(() -> {
            if (!holding.get()) {
                return;
            }
            try {
                c.unwrap(PGConnection.class).cancelQuery();
            } catch (SQLException ignored) {
                // The query ended or the connection closed: nothing is left to cancel.
            }
        });
        try {
            return work.run();
        } finally {
            holding.set(false);
        }
    }

    private static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
