package io.migrascope.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrascope.core.tool.drizzle.DrizzleNode;
import io.migrascope.core.tool.nodepgmigrate.NpmTools;
import io.migrascope.testing.NodeTools;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Map;

/**
 * The npm tools pinned in {@code src/test/interop/package.json} (dbmate, drizzle-orm, knex,
 * node-pg-migrate), through the interop suite's helpers: each runs in a sample's copy with
 * {@code DATABASE_URL} pointing at the test database, as the samples' READMEs say to run them.
 */
final class NodeTool {
    private NodeTool() {
    }

    static NodeTools.Run run(TestDatabase db, Path cwd, String tool, String... args) {
        // dbmate's Go driver (lib/pq) asks for TLS unless told otherwise; the test server has none.
        String url = NodeTools.postgresUrl(db) + (tool.equals("dbmate") ? "?sslmode=disable" : "");
        return NpmTools.run(cwd, Map.of("DATABASE_URL", url), tool, args);
    }

    /** Runs and fails the test unless the tool exits 0. */
    static NodeTools.Run succeed(TestDatabase db, Path cwd, String tool, String... args) {
        NodeTools.Run run = run(db, cwd, tool, args);
        assertEquals(0, run.exitCode(), tool + " failed:\n" + run);
        return run;
    }

    /** drizzle-orm's own {@code migrate()} ({@code drizzle-orm/node-postgres/migrator}) on an out folder. */
    static NodeTools.Run drizzleMigrate(TestDatabase db, Path out) throws Exception {
        return DrizzleNode.migrate(db, out);
    }
}
