package io.migrascope.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.tool.nodepgmigrate.NpmTools;
import io.migrascope.testing.NodeTools;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node-pg-migrate sample migrated by the real node-pg-migrate 8.0.3 (npm), as its README says:
 * {@code node-pg-migrate up -m migrations}. Its last migration is JavaScript, which Migrascope never
 * runs but reads like any other.
 */
@Tag("interop")
@ExtendWith(PostgresExtension.class)
class NodePgMigrateSampleInteropTest {
    @TempDir
    Path work;

    @Test
    void whatNodePgMigrateUpAppliesIsAppliedAndInSync(TestDatabase db) throws Exception {
        Path project = Sample.NODE_PG_MIGRATE.copyTo(work);
        NodeTool.succeed(db, project, "node-pg-migrate", "up", "-m", "migrations");
        assertEquals(List.of("messages_conversation_created_idx"), db.column("SELECT indexname FROM pg_indexes"
                + " WHERE indexname = 'messages_conversation_created_idx'"), "the JavaScript migration ran");

        SampleStatus.of(db, Sample.NODE_PG_MIGRATE.dirIn(project)).assertInSync("node-pg-migrate", 7);
    }

    /**
     * Why the sample keeps its README beside migrations/ rather than in it: node-pg-migrate imports
     * every file of the folder but dot files, whatever its extension.
     */
    @Test
    void nodePgMigrateLoadsEveryFileOfTheFolderSoAReadmeInsideStopsIt(TestDatabase db) throws Exception {
        Path project = Sample.NODE_PG_MIGRATE.copyTo(work);
        Files.copy(project.resolve("README.md"), project.resolve("migrations").resolve("README.md"));
        NodeTools.Run up = NodeTool.run(db, project, "node-pg-migrate", "up", "-m", "migrations");
        assertNotEquals(0, up.exitCode(), up.toString());
        assertTrue(up.output().contains("Can't get migration files"), up.toString());
        assertTrue(db.column("SELECT to_regclass('public.organizations')::text").get(0) == null,
                "nothing ran:\n" + up);
    }
}
