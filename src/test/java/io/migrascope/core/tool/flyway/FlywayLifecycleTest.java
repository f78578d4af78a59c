package io.migrascope.core.tool.flyway;

import static io.migrascope.core.tool.flyway.FlywayHarness.row;
import static io.migrascope.core.tool.flyway.FlywayHarness.stateOf;
import static io.migrascope.core.tool.flyway.FlywayHarness.states;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
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
 * A migration's later life against the real Flyway 13.12: a failed one marked applied, a changed
 * repeatable, a deleted version whose file returns, a file merged in below the newest version.
 */
@ExtendWith(PostgresExtension.class)
class FlywayLifecycleTest {
    @TempDir
    Path dir;

    private MigrationFolder threeTables() {
        return FlywayInteropTest.threeTables(dir);
    }

    @Test
    void markingAFailedMigrationAppliedReplacesItsFailedRow(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("V1__users.sql", "CREATE TABLE users (id bigint, email text);\n")
                .file("V2__email_index.sql", "CREATE INDEX CONCURRENTLY users_email ON users (emali);\n");
        Flyway flyway = RealFlyway.withSessionLock(db, dir);
        assertThrows(RuntimeException.class, flyway::migrate);
        db.execute("CREATE INDEX users_email ON users (email)");
        FlywayHarness migrascope = new FlywayHarness(db, dir);
        migrascope.repair(ActionKind.MARK_APPLIED, "2");
        assertNull(RealFlyway.validateError(flyway));
        assertEquals(List.of("1 APPLIED", "2 APPLIED"), states(migrascope.status()));
        assertEquals(List.of("1 true", "2 true"), db.column("SELECT version || ' ' || success FROM flyway_schema_history ORDER BY installed_rank"));
    }

    @Test
    void anOutdatedRepeatableIsPendingAndApplyReRunsItAsFlywayWould(TestDatabase db) throws Exception {
        MigrationFolder folder = threeTables()
                .file("R__user_count.sql", "CREATE OR REPLACE VIEW user_count AS SELECT count(*) FROM users;\n");
        Flyway flyway = RealFlyway.of(db, dir);
        flyway.migrate();
        folder.file("R__user_count.sql", "CREATE OR REPLACE VIEW user_count AS SELECT count(*) FROM users WHERE id > 0;\n");
        assertEquals("OUTDATED", RealFlyway.info(flyway).stream().filter(i -> i.getVersion() == null)
                .findFirst().orElseThrow().getState().name());
        FlywayHarness migrascope = new FlywayHarness(db, dir);
        assertEquals(MigrationState.PENDING, row(migrascope.statusWithoutCatalog(), "R__user count").state());
        // The catalog finds the view of the earlier run; a changed repeatable is still pending, as Flyway says.
        assertEquals(MigrationState.PENDING, row(migrascope.status(), "R__user count").state());

        migrascope.apply();
        assertNull(RealFlyway.validateError(flyway));
        assertEquals(0, RealFlyway.pendingCount(flyway));
        assertEquals(List.of("SQL", "SQL"), db.column("SELECT type FROM flyway_schema_history WHERE version IS NULL"),
                "a new row after the old one, as Flyway appends");
        assertEquals("APPLIED", stateOf(migrascope.status(), "R__user count"));
    }

    @Test
    void aDeletedVersionWhoseFileReturnsRunsAgainLikeFlywaySays(TestDatabase db) throws Exception {
        MigrationFolder folder = threeTables();
        Flyway flyway = RealFlyway.of(db, dir);
        flyway.migrate();
        String v3 = folder.read("V3__invoices.sql");
        folder.delete("V3__invoices.sql").file("V4__next.sql", "SELECT 1;\n");
        FlywayHarness migrascope = new FlywayHarness(db, dir);
        migrascope.repair(ActionKind.DELETE_TRACKING_ROW, "3");
        folder.file("V3__invoices.sql", v3);
        db.execute("DROP TABLE invoices");
        Report report = migrascope.status();
        assertEquals("PENDING", stateOf(report, "3"), states(report).toString());
        assertEquals("PENDING", RealFlyway.stateOf(flyway, "V3__invoices.sql"));
        migrascope.apply();
        assertNull(RealFlyway.validateError(flyway));
        assertEquals(List.of("1 APPLIED", "2 APPLIED", "3 APPLIED", "4 APPLIED"), states(migrascope.status()));
    }

    @Test
    void aFileBelowTheNewestAppliedIsOutOfOrderAsFlywayIgnoresIt(TestDatabase db) throws Exception {
        MigrationFolder folder = threeTables();
        Flyway flyway = RealFlyway.of(db, dir);
        flyway.migrate();
        folder.file("V2_5__from_a_branch.sql", "CREATE TABLE branch (id int);\n");
        assertEquals("IGNORED", RealFlyway.stateOf(flyway, "V2_5__from_a_branch.sql"));
        Report report = new FlywayHarness(db, dir).status();
        assertEquals("OUT_OF_ORDER", stateOf(report, "2.5"));
        assertTrue(row(report, "2.5").evidence().get(0).contains("outOfOrder=false"), row(report, "2.5").evidence().toString());
    }
}
