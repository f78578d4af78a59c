package io.migrascope.seeds;

import io.migrascope.core.tool.drizzle.DrizzleNode;
import io.migrascope.testing.NodeTools;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 004 with the real drizzle-orm migrator (npm, as pinned in src/test/interop): it fails on the
 * pushed schema exactly as the seed says; after the walk with {@code recover} it runs nothing.
 * Run with {@code mvn -Pinterop}.
 */
@Tag("interop")
@ExtendWith(PostgresExtension.class)
class Seed004DrizzleInteropTest {
    @TempDir
    Path project;

    @Test
    void drizzleFailsOnThePushedSchemaAndAfterTheWalkMigratesNothing(TestDatabase db) throws Exception {
        SeedFolders.seed004(db, project);
        Path out = project.resolve("drizzle");
        NodeTools.Run before = DrizzleNode.migrate(db, out);
        assertFalse(before.ok(), before.toString());
        assertTrue(before.output().contains("already exists"), before.toString());
        assertEquals(List.of("0"), db.column("SELECT count(*) FROM drizzle.__drizzle_migrations"),
                "drizzle created its table, then rolled its migrations back");

        try (CliWalk walk = new CliWalk(db, project, "app").savedAs("seed004-interop")) {
            walk.note("$ node drizzle-migrator.mjs migrate   # drizzle-orm's migrate(), as drizzle-kit migrate runs it\n"
                    + firstLines(before.output())
                    + "\n[exit " + before.exitCode() + "]");
            Seed004DrizzleTrackingEmptyTest.walk(walk);
            List<String> rows = db.column("SELECT created_at || ' ' || hash FROM drizzle.__drizzle_migrations ORDER BY id");
            assertEquals(8, rows.size());

            NodeTools.Run after = DrizzleNode.migrate(db, out);
            walk.note("$ node drizzle-migrator.mjs migrate   # after the walk\n" + after.output() + "\n[exit "
                    + after.exitCode() + "]");
            assertTrue(after.ok(), after.toString());
            assertEquals(rows, db.column("SELECT created_at || ' ' || hash FROM drizzle.__drizzle_migrations ORDER BY id"),
                    "drizzle ran nothing and recorded nothing");
        }
    }

    private static String firstLines(String text) {
        List<String> lines = text.lines().toList();
        String error = lines.stream().filter(l -> l.contains("already exists")).findFirst().orElse("");
        return String.join("\n", lines.subList(0, Math.min(3, lines.size()))) + "\n…\n" + error;
    }
}
