package io.migrascope.core.tool.prisma;

import io.migrascope.core.action.ActionException;
import io.migrascope.core.action.ApplyAction;
import io.migrascope.core.action.ApplyExecutor;
import io.migrascope.core.action.ApplyListener;
import io.migrascope.core.action.ApplyOptions;
import io.migrascope.core.action.Cancellation;
import io.migrascope.core.action.RepairAction;
import io.migrascope.core.action.RepairExecutor;
import io.migrascope.core.action.WriteContext;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.RunOutcome;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Drives one tool through Migrascope's real engine — the audit, the repair and apply planners and
 * their executors, journal included — against a test database. Shared by the Prisma and Drizzle tests.
 */
public final class ToolRun {
    private final MigrationTool tool;
    private final Path dir;
    private final TestDatabase db;

    public ToolRun(MigrationTool tool, Path dir, TestDatabase db) {
        this.tool = tool;
        this.dir = dir;
        this.db = db;
    }

    public Audit audit() {
        return new Audit(tool, dir, tool.defaultSchema());
    }

    public Report status() throws Exception {
        try (Connection c = db.connect()) {
            return audit().run(c, db.name());
        }
    }

    public MigrationRow row(String version) throws Exception {
        Report r = status();
        return r.rows().stream().filter(m -> m.version().equals(Version.parse(version))).findFirst()
                .orElseThrow(() -> new AssertionError("no migration " + version + " in " + r.rows()));
    }

    /** The repair as planned, without running it. */
    public RepairAction plan(ActionKind kind, String version) throws Exception {
        return RepairAction.plan(status(), tool.writer(tool.defaultSchema(), db.name()), kind, Version.parse(version));
    }

    /** Plans and runs a repair the way the CLI does, journaled, under the tool's lock. */
    public void repair(ActionKind kind, String version) throws Exception {
        RepairAction action = plan(kind, version);
        if (!action.blockers().isEmpty()) {
            throw new AssertionError("repair refused: " + action.blockers());
        }
        new RepairExecutor(context(), audit()).execute(action);
    }

    public List<RunOutcome> apply() throws Exception {
        return apply(new ApplyOptions(false));
    }

    public List<RunOutcome> apply(ApplyOptions options) throws Exception {
        Audit audit = audit();
        ApplyAction action = ApplyAction.plan(status(), tool, audit.writer(db.name()), options);
        if (!action.blockers().isEmpty()) {
            throw new ActionException("apply blocked: " + action.blockers(), null, null);
        }
        return new ApplyExecutor(context(), audit, options, ApplyListener.NONE, new Cancellation()).execute(action);
    }

    private WriteContext context() {
        Database database = new Database(ConnectionSpec.parse(db.url()), new PasswordSource(Map.of(), null));
        return new WriteContext(database, Journal.standard(), "test of " + tool.id(), Duration.ofSeconds(1));
    }
}
