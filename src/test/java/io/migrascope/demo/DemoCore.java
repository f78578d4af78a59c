package io.migrascope.demo;

import io.migrascope.core.action.RepairAction;
import io.migrascope.core.action.RepairExecutor;
import io.migrascope.core.action.SyncAction;
import io.migrascope.core.action.SyncExecutor;
import io.migrascope.core.action.WriteContext;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.Tools;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The user's side of the demo in tests: audits and repairs through the core, as the CLI and GUI do them. */
final class DemoCore {
    private DemoCore() {
    }

    static Report audit(DemoDatabase d) throws Exception {
        return DemoMain.audit(d);
    }

    /** The state of every row and the finding codes (with repeats), comparable between two moments. */
    static Map<String, Object> snapshot(DemoDatabase d) throws Exception {
        Report r = audit(d);
        Map<String, Object> out = new TreeMap<>();
        for (MigrationRow row : r.rows()) {
            out.put("row " + row.version().text(), row.state());
        }
        out.put("findings", r.findings().stream().map(Finding::code).map(Enum::name).sorted().toList());
        return out;
    }

    static void repair(DemoDatabase d, ActionKind kind, String version, Path journal) throws Exception {
        Audit audit = audit(d, tool(d));
        Report report = run(audit, d);
        RepairAction plan = RepairAction.plan(report, audit.writer(d.name()), kind, Version.parse(version));
        new RepairExecutor(context(d, journal), audit).execute(plan);
    }

    static List<Version> sync(DemoDatabase d, Path journal) throws Exception {
        Audit audit = audit(d, tool(d));
        SyncAction plan = SyncAction.plan(run(audit, d), audit.writer(d.name()));
        new SyncExecutor(context(d, journal), audit).execute(plan);
        return plan.versions();
    }

    private static MigrationTool tool(DemoDatabase d) {
        return Tools.byId(d.toolId()).orElseThrow();
    }

    private static Audit audit(DemoDatabase d, MigrationTool tool) {
        return new Audit(tool, d.folder(), tool.defaultSchema());
    }

    private static Report run(Audit audit, DemoDatabase d) throws Exception {
        try (Connection c = database(d).open()) {
            return audit.run(c, d.name());
        }
    }

    private static WriteContext context(DemoDatabase d, Path journal) {
        return new WriteContext(database(d), new Journal(journal), "demo test", Duration.ofSeconds(10));
    }

    private static Database database(DemoDatabase d) {
        return new Database(ConnectionSpec.parse(d.jdbcUrl()), new PasswordSource(Map.of(), null));
    }
}
