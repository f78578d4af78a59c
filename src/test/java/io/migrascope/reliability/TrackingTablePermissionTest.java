package io.migrascope.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A role that may not read or write the tracking table: a clear refusal, and nothing half-done. */
@ExtendWith(PostgresExtension.class)
class TrackingTablePermissionTest {
    @TempDir
    Path dir;

    @BeforeEach
    void oneAppliedOnePending() {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint, email text);\n");
    }

    /** Applies 001 as the administrator, then adds 002, which cannot run in a transaction. */
    private void appliedByTheOwner(TestDatabase db) {
        CliRun owner = CliRun.apply(db, dir);
        assertEquals(0, owner.exitCode(), owner.toString());
        new MigrationFolder(dir).file("002_things.sql", "CREATE TABLE things (id bigint);\n"
                + "CREATE INDEX CONCURRENTLY things_id ON things (id);\n");
    }

    @Test
    void statusWithoutSelectNamesTheTableThePrivilegeAndTheGrant(TestDatabase db) throws Exception {
        appliedByTheOwner(db);
        try (RestrictedRole role = RestrictedRole.create(db)) {
            CliRun status = CliRun.of("status", "--url", role.url(), "--dir", dir.toString());
            assertEquals(3, status.exitCode(), status.toString());
            assertTrue(status.err().contains("SQLSTATE 42501"), status.err());
            assertTrue(status.err().contains("schema_migrations"), status.err());
            assertTrue(status.err().contains("SELECT"), status.err());
            assertTrue(status.err().contains("GRANT SELECT ON \"public\".\"schema_migrations\" TO " + role.name()),
                    status.err());
        }
    }

    @Test
    void applyWithOnlySelectRefusesBeforeRunningAnyFile(TestDatabase db) throws Exception {
        appliedByTheOwner(db);
        try (RestrictedRole role = RestrictedRole.create(db)) {
            // It may create objects, but not record them: without the check, 002 would run and stay.
            role.grant("GRANT CREATE ON SCHEMA public TO %s").grant("GRANT SELECT ON schema_migrations TO %s");
            CliRun status = CliRun.of("status", "--url", role.url(), "--dir", dir.toString(), "--json");
            assertEquals("PENDING", status.stateOf("002"), status.toString());

            CliRun apply = CliRun.of("apply", "--url", role.url(), "--dir", dir.toString(), "--yes");
            assertEquals(2, apply.exitCode(), apply.toString());
            assertTrue(apply.err().contains("SQLSTATE 42501"), apply.err());
            assertTrue(apply.err().contains("INSERT"), apply.err());
            assertTrue(apply.err().contains("\"public\".\"schema_migrations\""), apply.err());
            assertTrue(apply.err().contains("nothing was run"), apply.err());
            assertEquals(List.of("f"), db.column("SELECT to_regclass('things') IS NOT NULL"), "002 did not run");
            assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations"));
        }
    }

    @Test
    void applyByARoleThatMayNotCreateTheTrackingTableChangesNothing(TestDatabase db) throws Exception {
        try (RestrictedRole role = RestrictedRole.create(db)) {
            CliRun apply = CliRun.of("apply", "--url", role.url(), "--dir", dir.toString(), "--yes");
            assertEquals(2, apply.exitCode(), apply.toString());
            assertTrue(apply.err().contains("may not create the tracking table \"public\".\"schema_migrations\""
                    + " (SQLSTATE 42501"), apply.err());
            assertTrue(apply.err().contains("nothing was changed"), apply.err());
            assertEquals(List.of("f"), db.column("SELECT to_regclass('users') IS NOT NULL"), "001 did not run");
            assertEquals(List.of("f"), db.column("SELECT to_regclass('schema_migrations') IS NOT NULL"));
        }
    }

    @Test
    void repairWithOnlySelectChangesNoRow(TestDatabase db) throws Exception {
        appliedByTheOwner(db);
        try (RestrictedRole role = RestrictedRole.create(db)) {
            role.grant("GRANT SELECT ON schema_migrations TO %s");
            CliRun repair = CliRun.of("repair", "mark-applied", "--url", role.url(), "--dir", dir.toString(),
                    "--version", "002", "--yes", "--reason", "permission test");
            assertEquals(2, repair.exitCode(), repair.toString());
            assertTrue(repair.err().contains("SQLSTATE 42501"), repair.err());
            assertTrue(repair.err().contains("\"public\".\"schema_migrations\""), repair.err());
            assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations"));
        }
    }
}
