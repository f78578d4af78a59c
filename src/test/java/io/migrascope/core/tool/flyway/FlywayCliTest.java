package io.migrascope.core.tool.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway through the CLI, against the real Flyway 13.12. Fails until Tools registers FlywayTool
 * ({@code register(FlywayTool::new);}), which makes {@code --tool flyway} known.
 */
@ExtendWith(PostgresExtension.class)
class FlywayCliTest {
    @TempDir
    Path dir;

    private MigrationFolder twoTables() {
        return new MigrationFolder(dir)
                .file("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n")
                .file("V2__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\n");
    }

    @Test
    void statusOfWhatFlywayMigratedIsInSync(TestDatabase db) {
        twoTables().file("R__user_count.sql", "CREATE OR REPLACE VIEW user_count AS SELECT count(*) FROM users;\n");
        RealFlyway.of(db, dir).migrate();
        CliRun run = CliRun.status(db, dir, "--tool", "flyway");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("flyway", run.json().get("tool").asText());
        assertEquals("APPLIED", run.stateOf("1"));
        assertEquals("APPLIED", run.stateOf("2"));
        assertEquals("APPLIED", run.stateOf("R__user count"));
        assertEquals(List.of(), run.findingCodes());
    }

    @Test
    void autoDetectionPicksFlywayForItsFolderAndTable(TestDatabase db) {
        twoTables();
        RealFlyway.of(db, dir).migrate();
        CliRun run = CliRun.status(db, dir);
        assertEquals("flyway", run.json().get("tool").asText(), run.toString());
    }

    @Test
    void applyWritesRowsFlywayAccepts(TestDatabase db) {
        twoTables().file("V3__index.sql", "CREATE INDEX CONCURRENTLY users_id ON users (id);\n");
        CliRun apply = CliRun.apply(db, dir, "--tool", "flyway");
        assertEquals(0, apply.exitCode(), apply.toString());
        Flyway flyway = RealFlyway.of(db, dir);
        assertNull(RealFlyway.validateError(flyway));
        assertEquals(0, flyway.migrate().migrationsExecuted);
        assertEquals(0, CliRun.status(db, dir, "--tool", "flyway").exitCode());
    }

    @Test
    void deleteRowOfAMissingFileContentsFlyway(TestDatabase db) {
        MigrationFolder folder = twoTables().file("V3__invoices.sql", "CREATE TABLE invoices (id int);\n");
        RealFlyway.of(db, dir).migrate();
        folder.delete("V2__orders.sql");
        assertEquals("MISSING_FILE", CliRun.status(db, dir, "--tool", "flyway").stateOf("2"));
        CliRun repair = CliRun.of("repair", "delete-row", "--url", db.url(), "--dir", dir.toString(), "--tool", "flyway",
                "--version", "2", "--yes", "--reason", "file removed on purpose");
        assertEquals(0, repair.exitCode(), repair.toString());
        assertTrue(repair.out().contains("'DELETE'"), repair.out());
        assertNull(RealFlyway.validateError(RealFlyway.of(db, dir)));
    }
}
