package io.migrascope.demo;

import io.migrascope.core.journal.MigrascopeHome;
import io.migrascope.core.tool.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo workspace: an embedded PostgreSQL under {@code <data directory>/demo/postgres} with one
 * database per sample, each in the broken state of a seed story, and the migration folders that
 * go with them under {@code demo/migrations/<sample>/}.
 *
 * <p>Opening starts (or reuses) the server and builds only what is missing or was built from
 * other samples, so the second start takes the time of a PostgreSQL start. Repairs the user makes
 * stay until {@link #reset()}. Not thread-safe: open, reset and close from one thread at a time
 * (a background thread in the GUI); several processes may share one workspace.
 */
public final class DemoWorkspace implements AutoCloseable {
    /** Bumped whenever a story's build changes, so existing demo databases are rebuilt. */
    private static final String BUILD_FORMAT = "1";
    private static final Duration LOCK_WAIT = Duration.ofMinutes(3);

    private final Path directory;
    private final DemoServer server;
    private final List<DemoScenario> scenarios;
    private final SampleResources samples;
    private final List<String> builtOnOpen = new ArrayList<>();

    private DemoWorkspace(Path directory, DemoServer server, List<DemoScenario> scenarios, SampleResources samples) {
        this.directory = directory;
        this.server = server;
        this.scenarios = scenarios;
        this.samples = samples;
    }

    /** Where the demo lives by default: Migrascope's data directory. */
    public static Path defaultDataDirectory() {
        return MigrascopeHome.dataDirectory();
    }

    /**
     * True when a demo workspace was created under {@code dataDirectory} before, so opening it is a
     * quick restart rather than a first build (the GUI offers the demo differently then).
     */
    public static boolean exists(Path dataDirectory) {
        return Files.isRegularFile(dataDirectory.resolve("demo").resolve("postgres").resolve("PG_VERSION"));
    }

    /**
     * Starts the demo's PostgreSQL on {@code <dataDirectory>/demo} — or reuses the one another
     * Migrascope runs there — and builds the demo databases that are missing or out of date.
     */
    public static DemoWorkspace open(Path dataDirectory, ProgressListener listener) throws DemoException {
        Path demo = dataDirectory.toAbsolutePath().normalize().resolve("demo");
        DemoServer server = null;
        try {
            Files.createDirectories(demo);
            try (WorkspaceLock ignored = WorkspaceLock.acquire(demo, LOCK_WAIT)) {
                WorkspaceState state = WorkspaceState.load(demo);
                listener.progress(Files.exists(demo.resolve("postgres").resolve("PG_VERSION"))
                        ? "Starting the demo's PostgreSQL"
                        : "Creating the demo's PostgreSQL cluster (first start only)", 0.0);
                server = DemoServer.start(demo.resolve("postgres"), state.port(), demo.resolve("postgres.log"));
                if (state.port() != server.port()) {
                    state.port(server.port());
                    state.save();
                }
                DemoWorkspace workspace = new DemoWorkspace(demo, server, available(), SampleResources.load());
                workspace.builtOnOpen.addAll(workspace.build(state, false, listener));
                listener.progress("The demo is ready", 1.0);
                return workspace;
            }
        } catch (IOException e) {
            closeQuietly(server);
            throw new DemoException("cannot open the demo workspace in " + demo + ": " + e.getMessage(), e);
        } catch (DemoException | RuntimeException e) {
            closeQuietly(server);
            throw e;
        }
    }

    /** The stories whose tool this build of Migrascope has (Flyway's only once it is registered). */
    private static List<DemoScenario> available() {
        List<DemoScenario> all = List.of(new NativeScenario(), new NativeStagingScenario(),
                new NativeProductionScenario(), new PrismaScenario(), new DrizzleScenario(), new SupabaseScenario(),
                new FlywayScenario());
        return all.stream().filter(s -> Tools.byId(s.toolId()).isPresent()).toList();
    }

    /** The demo databases, in the order of the stories. */
    public List<DemoDatabase> databases() {
        return scenarios.stream().map(this::describe).toList();
    }

    public Optional<DemoDatabase> database(String name) {
        return databases().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** Drops and rebuilds every demo database and restores every folder: the demo as it was first opened. */
    public void reset() throws DemoException {
        reset(ProgressListener.NONE);
    }

    public void reset(ProgressListener listener) throws DemoException {
        try (WorkspaceLock ignored = WorkspaceLock.acquire(directory, LOCK_WAIT)) {
            build(WorkspaceState.load(directory), true, listener);
            listener.progress("The demo is reset", 1.0);
        } catch (IOException e) {
            throw new DemoException("cannot reset the demo workspace in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** {@code <data directory>/demo}. */
    public Path directory() {
        return directory;
    }

    public int port() {
        return server.port();
    }

    /** True when another running Migrascope started the server; {@link #close()} leaves it running then. */
    public boolean sharedServer() {
        return server.sharedWithAnotherProcess();
    }

    /** The databases this open had to build (all on a first start, none when everything was reused). */
    public List<String> builtOnOpen() {
        return List.copyOf(builtOnOpen);
    }

    /** Stops the server (cleanly: a fast shutdown) unless another user of it is still open. */
    @Override
    public void close() throws DemoException {
        try {
            server.close();
        } catch (IOException e) {
            throw new DemoException("the demo's PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }

    /** Builds the stories that are missing or stale ({@code all}: every one); returns the databases built. */
    private List<String> build(WorkspaceState state, boolean all, ProgressListener listener)
            throws IOException, DemoException {
        Set<String> existing = existingDatabases();
        List<DemoScenario> todo = new ArrayList<>();
        for (DemoScenario s : scenarios) {
            String fingerprint = fingerprint(s);
            boolean current = existing.contains(s.database()) && fingerprint.equals(state.builtFrom(s.database()))
                    && Files.isDirectory(folder(s));
            if (all || !current) {
                todo.add(s);
            }
        }
        todo = withWholeFolders(todo);
        List<String> built = new ArrayList<>();
        for (int i = 0; i < todo.size(); i++) {
            DemoScenario s = todo.get(i);
            listener.progress("Building " + s.database() + " (" + s.title() + ")", 0.1 + 0.9 * i / todo.size());
            // Forget first: a build cut short must be done again on the next open.
            state.built(s.database(), null);
            state.save();
            buildOne(s);
            state.built(s.database(), fingerprint(s));
            state.save();
            built.add(s.database());
        }
        return built;
    }

    /**
     * The stories to build plus every other story on the same folder, in story order: a fresh copy
     * of the folder takes the user's edits away from its staging and production too, and those are
     * built on the folder exactly as its own story leaves it.
     */
    private List<DemoScenario> withWholeFolders(List<DemoScenario> todo) {
        Set<String> samplesToBuild = new HashSet<>();
        todo.forEach(s -> samplesToBuild.add(s.sample()));
        return scenarios.stream().filter(s -> samplesToBuild.contains(s.sample())).toList();
    }

    private void buildOne(DemoScenario s) throws IOException, DemoException {
        if (!s.sharesFolder()) {
            Path copy = directory.resolve("migrations").resolve(s.sample());
            FileTrees.deleteIfExists(copy);
            samples.copy(s.sample(), copy);
        }
        Path scratch = directory.resolve("build").resolve(s.database());
        FileTrees.deleteIfExists(scratch);
        Files.createDirectories(scratch);
        try {
            recreate(s.database());
            s.build(new DemoBuild(s, folder(s), server.jdbcUrl(s.database()), scratch));
        } finally {
            FileTrees.deleteIfExists(scratch);
        }
    }

    private String fingerprint(DemoScenario s) throws IOException {
        return BUILD_FORMAT + "-" + samples.fingerprint(s.sample());
    }

    private Path folder(DemoScenario s) {
        Path copy = directory.resolve("migrations").resolve(s.sample());
        return s.dirInSample().isEmpty() ? copy : copy.resolve(s.dirInSample());
    }

    private DemoDatabase describe(DemoScenario s) {
        return new DemoDatabase(s.database(), s.toolId(), folder(s), server.jdbcUrl(s.database()), server.port(),
                s.seed(), s.title(), s.description(), s.findings(), s.states(), s.environment());
    }

    private Set<String> existingDatabases() throws DemoException {
        Set<String> names = new HashSet<>();
        try (Connection c = admin(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT datname FROM pg_database")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new DemoException("cannot list the demo databases: " + e.getMessage(), e);
        }
        return names;
    }

    /** WITH (FORCE): a console or psql left connected to the old database must not block a reset. */
    private void recreate(String database) throws DemoException {
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
            st.execute("CREATE DATABASE \"" + database + "\"");
        } catch (SQLException e) {
            throw new DemoException("cannot create the demo database " + database + ": " + e.getMessage(), e);
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("postgres") + "&ApplicationName=migrascope-demo");
    }

    private static void closeQuietly(DemoServer server) {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // Already failing; the first error is the one to report.
            }
        }
    }
}
