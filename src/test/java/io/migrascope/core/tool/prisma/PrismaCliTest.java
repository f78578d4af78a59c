package io.migrascope.core.tool.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prisma through the CLI. Fails until the lead registers the tool in Tools.java
 * ({@code register(PrismaTool::new);}). Prisma's engine cannot run on this machine (it downloads
 * its binary from binaries.prisma.sh), so the rows are the engine's, replayed by PrismaEngineRows.
 */
@ExtendWith(PostgresExtension.class)
class PrismaCliTest {
    private static final String NAME = "20250203180200_revenue_system_versions";
    private static final String SQL = "CREATE TABLE IF NOT EXISTS revenue_system_versions (id serial PRIMARY KEY);\n";
    @TempDir
    Path root;

    private Path project() throws Exception {
        Path migrations = Files.createDirectories(root.resolve("prisma").resolve("migrations"));
        Files.writeString(migrations.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(Files.createDirectories(migrations.resolve("0_init")).resolve("migration.sql"),
                "CREATE TABLE users (id serial PRIMARY KEY);\n");
        Files.writeString(Files.createDirectories(migrations.resolve(NAME)).resolve("migration.sql"), SQL);
        return root;
    }

    private CliRun repair(TestDatabase db, String kind, String version) {
        return CliRun.of("repair", kind, "--url", db.url(), "--dir", root.toString(), "--version", version, "--yes",
                "--reason", "seed 001");
    }

    @Test
    void autoDetectsPrismaFromTheProjectRootAndAppliesThenIsInSync(TestDatabase db) throws Exception {
        project();
        CliRun before = CliRun.status(db, root);
        assertEquals("prisma", before.json().get("tool").asText(), before.toString());
        assertEquals(1, before.exitCode(), before.toString());
        assertEquals("PENDING", before.stateOf(NAME));
        assertEquals(0, CliRun.apply(db, root, "--tool", "prisma").exitCode());
        CliRun after = CliRun.status(db, root, "--tool", "prisma");
        assertEquals(0, after.exitCode(), after.toString());
        assertEquals("APPLIED", after.stateOf("0_init"));
    }

    @Test
    void theSeedsFailedMigrationIsResolvedAsAppliedFromTheCommandLine(TestDatabase db) throws Exception {
        project();
        PrismaEngineRows prisma = new PrismaEngineRows(db);
        prisma.resolveApplied("0_init", "CREATE TABLE users (id serial PRIMARY KEY);\n");
        prisma.failed(NAME, SQL, "Database error code: 42P07");
        CliRun failed = CliRun.status(db, root, "--tool", "prisma");
        assertEquals(2, failed.exitCode(), failed.toString());
        assertEquals("FAILED", failed.stateOf(NAME));
        assertEquals("BASELINE", failed.stateOf("0_init"));
        assertTrue(failed.findingCodes().contains("FAILED_MIGRATION"));

        CliRun resolved = repair(db, "mark-applied", NAME);
        assertTrue(resolved.out().contains("UPDATE \"public\".\"_prisma_migrations\" SET rolled_back_at = now() WHERE"
                + " migration_name = '" + NAME + "' AND finished_at IS NULL AND rolled_back_at IS NULL;"), resolved.toString());
        assertEquals("APPLIED", CliRun.status(db, root, "--tool", "prisma").stateOf(NAME));
        assertEquals(List.of("2"), db.column("SELECT count(*) FROM _prisma_migrations WHERE migration_name = '" + NAME + "'"),
                "Prisma keeps the failed attempt, rolled back, beside the new row");
    }
}
