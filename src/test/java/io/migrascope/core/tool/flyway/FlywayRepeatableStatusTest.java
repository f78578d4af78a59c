package io.migrascope.core.tool.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A changed repeatable is pending by Flyway's design, even though the view it replaces exists. */
@ExtendWith(PostgresExtension.class)
class FlywayRepeatableStatusTest {
    @TempDir
    Path dir;

    @Test
    void aChangedRepeatableIsPendingNotUntracked(TestDatabase db) {
        MigrationFolder folder = new MigrationFolder(dir)
                .file("V1__users.sql", "CREATE TABLE users (id bigint, email text);")
                .file("R__active_users.sql", "CREATE OR REPLACE VIEW active_users AS SELECT id FROM users;");
        assertEquals(0, CliRun.apply(db, dir, "--tool", "flyway").exitCode());
        folder.file("R__active_users.sql", "CREATE OR REPLACE VIEW active_users AS SELECT id, email FROM users;");

        CliRun run = CliRun.status(db, dir, "--tool", "flyway");
        assertEquals("PENDING", run.stateOf("R__active users"), run.out());
        assertEquals(1, run.exitCode(), "only pending: Flyway will re-run it " + run.out());
        assertTrue(CliRun.apply(db, dir, "--tool", "flyway").exitCode() == 0);
    }
}
