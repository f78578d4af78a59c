package io.migrascope.core.tool.dbmate;

import static io.migrascope.core.tool.dbmate.DbmateStatusTest.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * dbmate through the real CLI ({@code --tool dbmate} and {@code --tool auto}); these fail until
 * {@code DbmateTool} is registered in {@code Tools}. DbmateInteropTest runs the real dbmate.
 */
@ExtendWith(PostgresExtension.class)
class DbmateCliTest {
    @TempDir
    Path dir;

    @Test
    void autoDetectionPicksDbmateForAProjectAndApplyRunsOnlyTheUpBlocks(TestDatabase db) throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("db").resolve("migrations"));
        new MigrationFolder(migrations)
                .file("20240101000000_users.sql", file("users"))
                .file("20240102000000_orders.sql", file("orders"));
        CliRun before = CliRun.status(db, dir);
        assertEquals("dbmate", before.json().get("tool").asText(), before.toString());
        assertEquals("PENDING", before.stateOf("20240101000000"));

        CliRun apply = CliRun.apply(db, dir, "--tool", "dbmate");
        assertEquals(0, apply.exitCode(), apply.toString());
        assertTrue(db.tableExists("users") && db.tableExists("orders"), "the down blocks did not run");
        assertEquals(List.of("20240101000000", "20240102000000"),
                db.column("select version from schema_migrations order by version"));
    }

    @Test
    void anOlderFileMergedLaterIsPendingNotOutOfOrder(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("20240101000000_users.sql", file("users"))
                .file("20240103000000_orders.sql", file("orders"));
        assertEquals(0, CliRun.apply(db, dir, "--tool", "dbmate").exitCode());
        new MigrationFolder(dir).file("20240102000000_merged_late.sql", file("late"));
        CliRun run = CliRun.status(db, dir, "--tool", "dbmate");
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("PENDING", run.stateOf("20240102000000"));
    }
}
