package io.migrascope.core.tool.supabase;

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
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.RunOutcome;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Drives one tool through the product's own engine on a test database: status through
 * {@link Audit}, apply and repairs through the real planners and executors (lock, transaction,
 * journal). Shared by the Supabase, golang-migrate and dbmate tests, which call tools directly
 * because {@code --tool} knows them only once they are registered.
 */
public final class ToolHarness {
    private final MigrationTool tool;
    private final TestDatabase db;
    private final Path dir;
    private final String schema;
    private final Path journal;
    private Duration lockWait = Duration.ofSeconds(5);

    public ToolHarness(MigrationTool tool, TestDatabase db, Path dir, Path journalDir) {
        this(tool, db, dir, journalDir, tool.defaultSchema());
    }

    public ToolHarness(MigrationTool tool, TestDatabase db, Path dir, Path journalDir, String schema) {
        this.tool = tool;
        this.db = db;
        this.dir = dir;
        this.schema = schema;
        this.journal = journalDir.resolve("journal.jsonl");
    }

    /** How long apply and repairs wait for another session's migration lock. */
    public ToolHarness lockWait(Duration wait) {
        this.lockWait = wait;
        return this;
    }

    public Audit audit() {
        return new Audit(tool, dir, schema);
    }

    public Report status() throws Exception {
        try (Connection c = db.connect()) {
            return audit().run(c, "test");
        }
    }

    public static MigrationRow row(Report report, String version) {
        return report.rows().stream().filter(r -> r.version().text().equals(version)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + version + " in " + report.rows()));
    }

    public MigrationState stateOf(String version) throws Exception {
        return row(status(), version).state();
    }

    public ApplyAction planApply() throws Exception {
        return ApplyAction.plan(status(), tool, audit().writer(database().spec().database()), ApplyOptions.defaults());
    }

    public List<RunOutcome> apply() throws Exception {
        ApplyAction plan = planApply();
        return new ApplyExecutor(context(), audit(), ApplyOptions.defaults(), ApplyListener.NONE, new Cancellation())
                .execute(plan);
    }

    public RepairAction planRepair(ActionKind kind, String version) throws Exception {
        Report report = status();
        Version v = row(report, version).version();
        return RepairAction.plan(report, audit().writer(database().spec().database()), kind, v);
    }

    public void repair(ActionKind kind, String version) throws Exception {
        new RepairExecutor(context(), audit()).execute(planRepair(kind, version));
    }

    /** Runs commands exactly as the executors send them: one prepared statement each, one transaction. */
    public void run(List<SqlCommand> commands) throws Exception {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            for (SqlCommand command : commands) {
                try (PreparedStatement ps = c.prepareStatement(command.sql())) {
                    for (int i = 0; i < command.params().size(); i++) {
                        ps.setObject(i + 1, command.params().get(i));
                    }
                    ps.execute();
                }
            }
            c.commit();
        }
    }

    public void execute(List<String> statements) throws Exception {
        try (Connection c = db.connect(); var st = c.createStatement()) {
            c.setAutoCommit(false);
            for (String s : statements) {
                st.execute(s);
            }
            c.commit();
        }
    }

    public Database database() {
        return new Database(ConnectionSpec.parse(db.url()), new PasswordSource(Map.of(), null));
    }

    private WriteContext context() {
        return new WriteContext(database(), new Journal(journal), "test of " + tool.id(), lockWait);
    }
}
