package io.migrascope.core.tool.rails;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Rails through the CLI. Fails until Tools registers RailsTool (--tool rails). */
@ExtendWith(PostgresExtension.class)
class RailsCliTest {
    @TempDir
    Path app;

    @Test
    void statusFromTheAppRootAndMarkAppliedWritesTheIntegerVersion(TestDatabase db) throws Exception {
        new MigrationFolder(Files.createDirectories(app.resolve("db/migrate")))
                .file("001_create_users.rb", RailsToolTest.RB)
                .file("002_add_email.rb", RailsToolTest.RB.replace("CreateUsers", "AddEmail"));
        db.execute("CREATE TABLE schema_migrations (version character varying NOT NULL PRIMARY KEY);"
                + " INSERT INTO schema_migrations VALUES ('1')");
        CliRun status = CliRun.status(db, app, "--tool", "rails");
        assertEquals(1, status.exitCode(), status.toString());
        assertEquals("APPLIED", status.stateOf("001"));
        assertEquals("PENDING", status.stateOf("002"));
        CliRun mark = CliRun.of("repair", "mark-applied", "--url", db.url(), "--dir", app.toString(), "--tool", "rails",
                "--version", "002", "--yes", "--reason", "ran by hand");
        assertEquals(0, mark.exitCode(), mark.toString());
        assertEquals(List.of("1", "2"), db.column("SELECT version FROM schema_migrations ORDER BY version"));
    }
}
