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
            cancelQueriesOnCancel(c, progress);
            MigrationTool tool = chooseTool(profile, folder, c);
            checkCancelled(progress);
            Audit audit = new Audit(tool, folder, profile.schema() != null ? profile.schema() : tool.defaultSchema());
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
    }

    static Refreshed refresh(Audit audit, Database database, Progress progress) throws Exception {
        progress.update(-1, "reading " + audit.tool().displayName() + " tracking rows and " + audit.folder().getFileName());
        try (Connection c = database.openForReading()) {
            cancelQueriesOnCancel(c, progress);
            Report report = TrackingPrivileges.read(c, audit, database);
            checkCancelled(progress);
            return new Refreshed(report, lockHolders(c, audit, database));
        }
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

    private static void cancelQueriesOnCancel(Connection c, Progress progress) {
        progress.onCancel(() -> {
            try {
                c.unwrap(PGConnection.class).cancelQuery();
            } catch (SQLException ignored) {
                // The query ended or the connection closed: nothing is left to cancel.
            }
        });
    }

    private static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
