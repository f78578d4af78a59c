package io.migrascope.core.tool.nodepgmigrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrascope.core.action.RepairAction;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.TrackingWriter;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

/**
 * Drives a tool the way status and repair do — the same Audit and RepairAction planner — against a
 * test database, running the planned commands over JDBC exactly as the executor sends them.
 * Shared by the node-pg-migrate, Knex and Rails tests.
 */
public final class TrackingHarness {
    private final MigrationTool tool;
    private final TestDatabase db;
    private final Path dir;

    public TrackingHarness(MigrationTool tool, TestDatabase db, Path dir) {
        this.tool = tool;
        this.db = db;
        this.dir = dir;
    }

    public Report status() throws Exception {
        try (Connection c = db.connect()) {
            return new Audit(tool, dir, tool.defaultSchema()).run(c, db.name());
        }
    }

    public TrackingWriter writer() {
        return tool.writer(tool.defaultSchema(), db.name());
    }

    public void createTables() throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String sql : writer().createSql()) {
                st.execute(sql);
            }
        }
    }

    /** Plans a repair as the CLI's repair command does; fails the test when the planner refuses. */
    public List<SqlCommand> plan(ActionKind kind, String version) throws Exception {
        Report report = status();
        RepairAction action = RepairAction.plan(report, writer(), kind, row(report, version).version());
        assertEquals(List.of(), action.blockers(), "the repair is refused");
        return action.commands();
    }

    /** The refusals of a repair the planner or the tool will not do. */
    public List<String> refusals(ActionKind kind, String version) throws Exception {
        Report report = status();
        return RepairAction.plan(report, writer(), kind, row(report, version).version()).blockers();
    }

    /** Runs commands in one transaction, binding parameters as the executor does. */
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

    public static MigrationRow row(Report report, String version) {
        // By the text as shown, else as Rails compares versions ("001" is 1).
        return report.rows().stream().filter(r -> r.version().text().equals(version)).findFirst()
                .or(() -> report.rows().stream().filter(r -> r.version().equals(Version.parse(version))).findFirst())
                .orElseThrow(() -> new AssertionError("no migration " + version + " in " + report.rows()));
    }

    public static String stateOf(Report report, String version) {
        return row(report, version).state().name();
    }

    public static List<String> codes(Report report) {
        return report.findings().stream().map(f -> f.code().name()).toList();
    }

    public static List<String> messages(Report report) {
        return report.findings().stream().map(Finding::message).toList();
    }
}
