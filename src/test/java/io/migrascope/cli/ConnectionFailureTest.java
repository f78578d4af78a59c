package io.migrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when the database or the folder cannot be reached: one line, the right exit code. */
@ExtendWith(PostgresExtension.class)
class ConnectionFailureTest {
    @TempDir
    Path dir;

    @Test
    void anUnreachablePortExitsWith3AndNamesHostAndPort() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        CliRun run = CliRun.of("status", "--url", "postgres://someone:s3cret-pass@127.0.0.1:" + closedPort + "/app",
                "--dir", dir.toString());
        assertEquals(3, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("migrascope: cannot reach PostgreSQL at 127.0.0.1:" + closedPort), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line, no stack trace: " + run.err());
        assertFalse(run.err().contains("s3cret-pass") || run.out().contains("s3cret-pass"));
    }

    @Test
    void aDatabaseThatDoesNotExistExitsWith3(TestDatabase db) {
        String url = db.url().replace("/" + db.name(), "/no_such_database");
        CliRun run = CliRun.of("status", "--url", url, "--dir", dir.toString());
        assertEquals(3, run.exitCode(), run.toString());
        assertTrue(run.err().contains("database 'no_such_database' does not exist"), run.err());
        assertTrue(run.err().contains("SQLSTATE 3D000"), run.err());
    }

    @Test
    void aMissingFolderExitsWith3AndNamesIt(TestDatabase db) {
        CliRun run = CliRun.of("status", "--url", db.url(), "--dir", dir.resolve("migrations").toString());
        assertEquals(3, run.exitCode(), run.toString());
        assertTrue(run.err().contains("migrations does not exist"), run.err());
    }

    @Test
    void aTrackingTableOfAnotherShapeIsExplained(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE schema_migrations (version bigint PRIMARY KEY, dirty boolean NOT NULL)");
        new MigrationFolder(dir).file("001_a.sql", "select 1;");
        CliRun run = CliRun.status(db, dir);
        assertEquals(3, run.exitCode(), run.toString());
        assertTrue(run.err().contains("missing [name, checksum, success]"), run.err());
        assertTrue(run.err().contains("--tool"), run.err());
    }

    @Test
    void badUsageExitsWith64() {
        assertEquals(64, CliRun.of("status", "--nope").exitCode());
        assertEquals(64, CliRun.of("frobnicate").exitCode());
        CliRun noDir = CliRun.of("status", "--url", "jdbc:postgresql://127.0.0.1/x");
        assertEquals(64, noDir.exitCode());
        assertTrue(noDir.err().contains("--dir"), noDir.err());
        CliRun badUrl = CliRun.of("status", "--url", "mysql://u:pw@h/db", "--dir", dir.toString());
        assertEquals(64, badUrl.exitCode(), badUrl.toString());
        assertTrue(badUrl.err().contains("mysql://u:***@h/db"), badUrl.err());
    }
}
