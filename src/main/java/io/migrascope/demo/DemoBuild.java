package io.migrascope.demo;

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
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.core.sql.SqlSplitter;
import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.RunOutcome;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.Tools;
import io.migrascope.core.tool.TrackingWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a {@link DemoScenario} builds with: the team's history replayed through Migrascope's own
 * core. Applies go through {@link ApplyAction} and {@link ApplyExecutor}, repairs through
 * {@link RepairExecutor}, so every tracking row is the one the tool writes. Direct SQL is only for
 * what happened outside any tool (a file pasted into an SQL editor, {@code drizzle-kit push}) and
 * for the rows a tool's engine writes on failure, which Migrascope itself never writes.
 *
 * <p>Earlier points of the history are "stages": copies of the folder with only the files the
 * team had then. The rows they produce are the same as for the real folder (same names, same
 * bytes), and the real folder keeps every file.
 */
final class DemoBuild {
    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);
    private final DemoScenario scenario;
    private final Path dir;
    private final String jdbcUrl;
    private final Path scratch;
    private final Journal journal;
    private int stages;

    DemoBuild(DemoScenario scenario, Path dir, String jdbcUrl, Path scratch) {
        this.scenario = scenario;
        this.dir = dir;
        this.jdbcUrl = jdbcUrl;
        this.scratch = scratch;
        // The build's own journal, thrown away with the scratch folder: the user's journal records their repairs only.
        this.journal = new Journal(scratch.resolve("journal.jsonl"));
    }

    /** The copied folder that {@code --dir} points at; edits go here, after the stages are applied. */
    Path dir() {
        return dir;
    }

    FileEdits files() {
        return new FileEdits(dir);
    }

    /**
     * A fresh tool per use: some tools (Drizzle) keep what they read of one folder for the audit
     * that follows, so one instance serves one audit.
     */
    MigrationTool tool() {
        return Tools.byId(scenario.toolId()).orElseThrow(() -> new IllegalStateException(
                "tool " + scenario.toolId() + " is not registered"));
    }

    /** A copy of {@link #dir()} with the files (relative paths) {@code keep} accepts, plus {@code extra} ones. */
    Path stage(Predicate<String> keep, Map<String, String> extra) throws IOException {
        Path stage = scratch.resolve("stage-" + (++stages));
        FileTrees.copy(dir, stage, keep);
        for (Map.Entry<String, String> e : extra.entrySet()) {
            Path out = stage.resolve(e.getKey());
            Files.createDirectories(out.getParent());
            Files.writeString(out, e.getValue(), StandardCharsets.UTF_8);
        }
        return stage;
    }

    Path stage(Predicate<String> keep) throws IOException {
        return stage(keep, Map.of());
    }

    /** Runs apply on {@code folder} as {@code migrascope apply --yes} would; it must run exactly {@code files} files. */
    void apply(Path folder, int files) throws DemoException {
        try {
            Audit audit = audit(folder);
            ApplyAction plan = ApplyAction.plan(report(audit), audit.tool(), audit.writer(scenario.database()),
                    ApplyOptions.defaults());
            if (!plan.blockers().isEmpty() || plan.files().size() != files) {
                throw new DemoException(step("apply") + " would run " + plan.files().size() + " files, not " + files
                        + (plan.blockers().isEmpty() ? "" : "; blocked: " + String.join("; ", plan.blockers())));
            }
            new ApplyExecutor(context(database(null)), audit, ApplyOptions.defaults(), ApplyListener.NONE,
                    new Cancellation()).execute(plan);
        } catch (DemoException e) {
            throw e;
        } catch (Exception e) {
            throw new DemoException(step("apply") + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs apply while another session holds a lock on {@code table} and the apply's sessions have a
     * short {@code lock_timeout}: the file that needs the table fails for real, and the tool records
     * the failure its own way. Returns the failure.
     */
    ActionException applyBlockedBy(Path folder, String table) throws DemoException {
        try (Connection holder = database(null).open()) {
            holder.setAutoCommit(false);
            try (Statement st = holder.createStatement()) {
                st.execute("LOCK TABLE " + table + " IN SHARE MODE");
                Audit audit = audit(folder);
                ApplyAction plan = ApplyAction.plan(report(audit), audit.tool(), audit.writer(scenario.database()),
                        ApplyOptions.defaults());
                new ApplyExecutor(context(database("options=-c%20lock_timeout%3D300")), audit, ApplyOptions.defaults(),
                        ApplyListener.NONE, new Cancellation()).execute(plan);
            } finally {
                holder.rollback();
            }
        } catch (ActionException expected) {
            return expected;
        } catch (Exception e) {
            throw new DemoException(step("apply") + " failed otherwise than on the lock: " + e.getMessage(), e);
        }
        throw new DemoException(step("apply") + " did not wait for the lock on " + table);
    }

    /**
     * Runs a file's SQL outside any tool (an SQL editor, {@code db push}): no tracking row. Only its
     * first {@code statements} statements when that is not negative — a file that stopped part way.
     */
    void runOutsideTool(String file, int statements) throws DemoException {
        try {
            List<SqlStatement> all = SqlSplitter.split(Files.readString(dir.resolve(file), StandardCharsets.UTF_8));
            List<SqlStatement> run = statements < 0 ? all : all.subList(0, statements);
            try (Connection c = database(null).open(); Statement st = c.createStatement()) {
                st.setEscapeProcessing(false);
                for (SqlStatement s : run) {
                    st.execute(s.text());
                }
            }
        } catch (Exception e) {
            throw new DemoException(step("running " + file) + " failed: " + e.getMessage(), e);
        }
    }

    void runOutsideTool(String file) throws DemoException {
        runOutsideTool(file, -1);
    }

    /**
     * Writes the rows the tool records for a run of {@code file} that ended with {@code outcome},
     * without running it: for failures whose rows the tool's own engine writes (Prisma's failed
     * row) and Migrascope, which rolls a failed transactional file back, never does.
     */
    void recordRun(Path folder, String file, RunOutcome outcome) throws DemoException {
        try {
            MigrationTool tool = tool();
            MigrationFile f = tool.scan(folder).files().stream().filter(m -> m.file().equals(file)).findFirst()
                    .orElseThrow(() -> new DemoException(step("recording " + file) + ": no such migration"));
            TrackingWriter writer = tool.writer(tool.defaultSchema(), scenario.database());
            try (Connection c = database(null).open(); Statement st = c.createStatement()) {
                for (String sql : writer.createSql()) {
                    st.execute(sql);
                }
                run(c, writer.recordRun(f, outcome));
            }
        } catch (DemoException e) {
            throw e;
        } catch (Exception e) {
            throw new DemoException(step("recording " + file) + " failed: " + e.getMessage(), e);
        }
    }

    /** A guarded repair ({@code mark-applied}, {@code mark-rolled-back}, ...) as the CLI runs it. */
    void repair(Path folder, ActionKind kind, String version) throws DemoException {
        try {
            Audit audit = audit(folder);
            RepairAction plan = RepairAction.plan(report(audit), audit.writer(scenario.database()), kind,
                    Version.parse(version));
            new RepairExecutor(context(database(null)), audit).execute(plan);
        } catch (Exception e) {
            throw new DemoException(step(kind.command() + " " + version) + " failed: " + e.getMessage(), e);
        }
    }

    /** The tool's tracking table, empty: what a tool leaves when its first run stopped before any migration. */
    void createTrackingTable() throws DemoException {
        MigrationTool tool = tool();
        try (Connection c = database(null).open(); Statement st = c.createStatement()) {
            for (String sql : tool.writer(tool.defaultSchema(), scenario.database()).createSql()) {
                st.execute(sql);
            }
        } catch (Exception e) {
            throw new DemoException(step("creating the tracking table") + " failed: " + e.getMessage(), e);
        }
    }

    /** Plain SQL on the demo database, for what someone did by hand. */
    void sql(String... statements) throws DemoException {
        try (Connection c = database(null).open(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        } catch (Exception e) {
            throw new DemoException(step("SQL") + " failed: " + e.getMessage(), e);
        }
    }

    private Audit audit(Path folder) {
        MigrationTool tool = tool();
        return new Audit(tool, folder, tool.defaultSchema());
    }

    private Report report(Audit audit) throws Exception {
        try (Connection c = database(null).open()) {
            return audit.run(c, scenario.database());
        }
    }

    private WriteContext context(Database database) {
        return new WriteContext(database, journal, "building the Migrascope demo database " + scenario.database(),
                LOCK_WAIT);
    }

    /** The demo database; {@code parameters} are appended to the URL (session settings for one step). */
    private Database database(String parameters) {
        String url = parameters == null ? jdbcUrl : jdbcUrl + "&" + parameters;
        // The embedded server trusts local connections, so no password is needed or asked for.
        return new Database(ConnectionSpec.parse(url), new PasswordSource(Map.of(), null));
    }

    private static void run(Connection c, List<SqlCommand> commands) throws java.sql.SQLException {
        for (SqlCommand command : commands) {
            try (PreparedStatement ps = c.prepareStatement(command.sql())) {
                for (int i = 0; i < command.params().size(); i++) {
                    ps.setObject(i + 1, command.params().get(i));
                }
                ps.execute();
            }
        }
    }

    private String step(String what) {
        return "building " + scenario.database() + ": " + what;
    }
}
