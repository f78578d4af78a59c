package io.migrascope.cli;

import io.migrascope.core.action.TrackingPrivileges;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectException;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.LockHolder;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.LockSpec;
import io.migrascope.core.tool.TrackingTableException;
import io.migrascope.core.tool.TrackingWriter;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What a command read before it acts: the database, the audit (tool, folder, schema), the report,
 * and who holds the migration lock — read in one read-only transaction, so reading never writes.
 */
record Reading(Database db, Audit audit, Report report, List<LockHolder> holders) {

    static Reading of(TargetOptions target) throws Exception {
        Database db = target.database();
        // Detection lists the folder and matches its names against ten tools while the connection
        // opens; it waits for the connection only when it first asks about a tracking table.
        CompletableFuture<Connection> opened = new CompletableFuture<>();
        CompletableFuture<Audit> detected = CompletableFuture.supplyAsync(() -> {
            try {
                return target.audit(opened::join);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        Connection connection;
        try {
            connection = target.earlyConnection().orElse(null);
            if (connection == null) {
                connection = db.openForReading();
            }
        } catch (Exception | Error e) {
            opened.completeExceptionally(e);
            throw e;
        }
        opened.complete(connection);
        try (Connection c = connection) {
            Audit audit = detectedAudit(detected);
            Report report = TrackingPrivileges.read(c, audit, db);
            List<LockHolder> holders = lockHolders(c, audit.writer(db.spec().database()).lock());
            c.rollback();
            return new Reading(db, audit, report, holders);
        }
    }

    private static Audit detectedAudit(CompletableFuture<Audit> detected) throws Exception {
        try {
            return detected.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The tool's writer for this database. */
    TrackingWriter writer() {
        return audit.writer(db.spec().database());
    }

    /** The state read again, after an action: the result, not the hope. */
    Report again() throws ConnectException, IOException, SQLException, TrackingTableException {
        try (Connection c = db.open()) {
            return audit.run(c, db.spec().label());
        }
    }

    /** Who holds the tool's advisory lock now (a migration running, or one stuck). */
    static List<LockHolder> lockHolders(Connection c, LockSpec lock) throws SQLException {
        if (lock instanceof LockSpec.Advisory a) {
            return io.migrascope.core.db.AdvisoryLock.holders(c, a.key());
        }
        if (lock instanceof LockSpec.None n) {
            return io.migrascope.core.db.AdvisoryLock.holders(c, n.migrascopeKey());
        }
        return List.of();
    }
}
