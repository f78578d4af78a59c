package io.migrascope.core.tool.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrascope.core.action.ApplyAction;
import io.migrascope.core.action.ApplyExecutor;
import io.migrascope.core.action.ApplyListener;
import io.migrascope.core.action.ApplyOptions;
import io.migrascope.core.action.Cancellation;
import io.migrascope.core.action.RepairAction;
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
import io.migrascope.core.tool.RunOutcome;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.TrackingWriter;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Drives the Flyway format as status, repair and apply do — the same Audit, RepairAction planner
 * and ApplyExecutor — against a test database. Repairs run their planned commands over JDBC in one
 * transaction, binding parameters as the executor does.
 */
final class FlywayHarness {
    private final FlywayTool tool = new FlywayTool();
    private final TestDatabase db;
    private final Path dir;

    FlywayHarness(TestDatabase db, Path dir) {
        this.db = db;
        this.dir = dir;
    }

    Report status() throws Exception {
        try (Connection c = db.connect()) {
            return new Audit(tool, dir, tool.defaultSchema()).run(c, db.name());
        }
    }

    /** Status without asking the catalog which objects exist: the states the tracking table alone decides. */
    Report statusWithoutCatalog() throws Exception {
        try (Connection c = db.connect()) {
            return new Audit(tool, dir, tool.defaultSchema(), false).run(c, db.name());
        }
    }

    TrackingWriter writer() {
        return tool.writer(tool.defaultSchema(), db.name());
    }

    /** Plans a repair as the CLI does; fails the test when it is refused. */
    List<SqlCommand> plan(ActionKind kind, String version) throws Exception {
        RepairAction action = RepairAction.plan(status(), writer(), kind, Version.parse(version));
        assertEquals(List.of(), action.blockers(), "the repair is refused");
        return action.commands();
    }

    List<String> refusals(ActionKind kind, String version) throws Exception {
        return RepairAction.plan(status(), writer(), kind, Version.parse(version)).blockers();
    }

    void repair(ActionKind kind, String version) throws Exception {
        run(plan(kind, version));
    }

    /** Runs commands in one transaction after the tool's table DDL, as the repair executor does. */
    void run(List<SqlCommand> commands) throws Exception {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                for (String sql : writer().createSql()) {
                    st.execute(sql);
                }
            }
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

    /** Migrascope's apply, through the same planner and executor as the CLI. */
    List<RunOutcome> apply() throws Exception {
        Audit audit = new Audit(tool, dir, tool.defaultSchema());
        ApplyAction action = ApplyAction.plan(status(), tool, audit.writer(db.name()), ApplyOptions.defaults());
        assertEquals(List.of(), action.blockers(), "apply is blocked");
        Database database = new Database(ConnectionSpec.parse(db.url()), new PasswordSource(Map.of(), null));
        Journal journal = new Journal(Files.createTempDirectory("flyway-journal").resolve("journal.jsonl"));
        WriteContext context = new WriteContext(database, journal, "Flyway interop test", Duration.ofSeconds(5));
        return new ApplyExecutor(context, audit, ApplyOptions.defaults(), ApplyListener.NONE, new Cancellation())
                .execute(action);
    }

    static MigrationRow row(Report report, String version) {
        Version v = Version.parse(version);
        return report.rows().stream().filter(r -> r.version().equals(v)).findFirst()
                .orElseThrow(() -> new AssertionError("no migration " + version + " in " + report.rows()));
    }

    static String stateOf(Report report, String version) {
        return row(report, version).state().name();
    }

    static List<String> codes(Report report) {
        return report.findings().stream().map(f -> f.code().name()).toList();
    }

    /** The report as "version STATE" lines, for messages. */
    static List<String> states(Report report) {
        return report.rows().stream().map(r -> r.version() + " " + r.state()).toList();
    }
}
