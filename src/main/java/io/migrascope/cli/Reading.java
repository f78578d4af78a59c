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

/**
 * What a command read before it acts: the database, the audit (tool, folder, schema), the report,
 * and who holds the migration lock — read in one read-only transaction, so reading never writes.
 */
record Reading(Database db, Audit audit, Report report, List<LockHolder> holders) {

    static Reading of(TargetOptions target) throws Exception {
        Database db = target.database();
        try (Connection c = db.openForReading()) {
            Audit audit = target.audit(c);
            Report report = TrackingPrivileges.read(c, audit, db);
            List<LockHolder> holders = lockHolders(c, audit.writer(db.spec().database()).lock());
            c.rollback();
            return new Reading(db, audit, report, holders);
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
