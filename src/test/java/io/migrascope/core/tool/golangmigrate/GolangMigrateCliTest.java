package io.migrascope.core.tool.golangmigrate;

import static io.migrascope.core.tool.golangmigrate.GolangMigrateStatusTest.setVersion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * golang-migrate through the real CLI ({@code --tool golang-migrate} and {@code --tool auto}); these
 * fail until {@code GolangMigrateTool} is registered in {@code Tools}. golang-migrate itself cannot
 * run here (see {@link GolangMigrateStatusTest}).
 */
@ExtendWith(PostgresExtension.class)
class GolangMigrateCliTest {
    @TempDir
    Path dir;

    @BeforeEach
    void threeMigrations() {
        new MigrationFolder(dir)
                .file("1_users.up.sql", "create table users (id int);").file("1_users.down.sql", "drop table users;")
                .file("2_orders.up.sql", "create table orders (id int);").file("2_orders.down.sql", "drop table orders;")
                .file("3_items.up.sql", "create table items (id int);").file("3_items.down.sql", "drop table items;");
    }

    @Test
    void aDirtyDatabaseIsAFailedMigrationWithGolangMigratesMessage(TestDatabase db) throws Exception {
        db.execute("create table users (id int); create table orders (id int);");
        setVersion(db, 3, true);
        CliRun run = CliRun.status(db, dir, "--tool", "golang-migrate");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("FAILED", run.stateOf("3"));
        assertEquals("APPLIED", run.stateOf("1"));
        assertTrue(run.findingCodes().contains("FAILED_MIGRATION"), run.toString());
        for (JsonNode m : run.json().get("migrations")) {
            if (m.get("version").asText().equals("3")) {
                assertTrue(m.get("evidence").toString().contains("Dirty database version 3. Fix and force version."),
                        m.toString());
            }
        }
    }

    @Test
    void markRolledBackForcesThePreviousVersion(TestDatabase db) throws Exception {
        setVersion(db, 3, true);
        CliRun repair = CliRun.of("repair", "mark-rolled-back", "--url", db.url(), "--dir", dir.toString(),
                "--tool", "golang-migrate", "--version", "3", "--yes", "--reason", "pains #1");
        assertTrue(repair.out().contains("INSERT INTO \"public\".\"schema_migrations\" (version, dirty) VALUES (2, false)"),
                repair.toString());
        assertEquals(List.of("2 false"), db.column("SELECT version || ' ' || dirty FROM schema_migrations"));
    }

    @Test
    void autoDetectionPicksGolangMigrateAndApplyLeavesOneCleanRow(TestDatabase db) throws Exception {
        CliRun before = CliRun.status(db, dir);
        assertEquals("golang-migrate", before.json().get("tool").asText(), before.toString());
        CliRun apply = CliRun.apply(db, dir, "--tool", "golang-migrate");
        assertEquals(0, apply.exitCode(), apply.toString());
        assertEquals(List.of("3 false"), db.column("SELECT version || ' ' || dirty FROM schema_migrations"));
    }
}
