package io.migrascope.cli;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.audit.report.ReportJson;
import io.migrascope.core.db.Database;
import io.migrascope.core.model.Report;
import io.migrascope.core.db.AdvisoryLock;
import io.migrascope.core.db.LockHolder;
import io.migrascope.core.tool.LockSpec;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Lays the migration files against the tracking table and reports every migration's state.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    TargetOptions target = new TargetOptions();

    @Option(names = "--json", description = "Print one JSON document instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** Who holds the tool's advisory lock now (a migration running, or one stuck). */
    static List<LockHolder> lockHolders(Connection c, LockSpec lock) throws java.sql.SQLException {
        if (lock instanceof LockSpec.Advisory a) {
            return AdvisoryLock.holders(c, a.key());
        }
        if (lock instanceof LockSpec.None n) {
            return AdvisoryLock.holders(c, n.migrascopeKey());
        }
        return List.of();
    }

    @Override
    public Integer call() throws Exception {
        Database db = target.database();
        Audit audit;
        Report report;
        List<LockHolder> holders;
        try (Connection c = db.open()) {
            // One read-only transaction: the server itself guarantees status writes nothing.
            c.setAutoCommit(false);
            c.setReadOnly(true);
            audit = target.audit(c);
            report = audit.run(c, db.spec().label());
            holders = lockHolders(c, audit.writer(db.spec().database()).lock());
            c.rollback();
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(ReportJson.write(report, holders));
        } else {
            new ReportTable(out).print(report, audit);
            holders.forEach(h -> out.println("Lock: the migration lock is held by " + h.describe()));
        }
        out.flush();
        return report.exitCode();
    }
}
