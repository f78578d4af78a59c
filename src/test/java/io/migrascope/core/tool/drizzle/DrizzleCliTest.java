package io.migrascope.core.tool.drizzle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Drizzle through the CLI. Fails until the lead registers the tool in Tools.java ({@code register(DrizzleTool::new);}). */
@ExtendWith(PostgresExtension.class)
class DrizzleCliTest {
    private static final long T0 = 1_700_000_000_000L;
    @TempDir
    Path root;

    private DrizzleProject project() throws Exception {
        return new DrizzleProject(root.resolve("drizzle"))
                .entry("0000_users", T0, "CREATE TABLE users (id int);")
                .entry("0001_orders", T0 + 1000, "CREATE TABLE orders (id int);");
    }

    @Test
    void seed004IsTwoRepairsFromTheCommandLine(TestDatabase db) throws Exception {
        project();
        db.execute("CREATE TABLE users (id int); CREATE TABLE orders (id int);");
        CliRun before = CliRun.status(db, root);
        assertEquals("drizzle", before.json().get("tool").asText(), before.toString());
        for (String version : List.of("0000", "0001")) {
            CliRun r = CliRun.of("repair", "mark-applied", "--url", db.url(), "--dir", root.toString(), "--version",
                    version, "--yes", "--reason", "seed 004: tables made by drizzle-kit push");
            assertTrue(r.out().contains("insert into \"drizzle\".\"__drizzle_migrations\" (\"hash\", \"created_at\")"),
                    r.toString());
        }
        CliRun after = CliRun.status(db, root);
        assertEquals(0, after.exitCode(), after.toString());
        assertEquals("APPLIED", after.stateOf("0001"));
    }

    @Test
    void anOlderEntryMergedAfterIsOutOfOrderAndAProblem(TestDatabase db) throws Exception {
        DrizzleProject p = project();
        assertEquals(0, CliRun.apply(db, root, "--tool", "drizzle").exitCode());
        p.entry("0002_feature", T0 + 500, "CREATE TABLE feature (id int);");
        CliRun r = CliRun.status(db, root, "--tool", "drizzle");
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals("OUT_OF_ORDER", r.stateOf("0002"));
    }
}
