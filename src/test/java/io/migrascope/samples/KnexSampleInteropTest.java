package io.migrascope.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.tool.nodepgmigrate.NpmTools;
import io.migrascope.testing.NodeTools;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Knex sample migrated by the real Knex 3.1.0 CLI (npm), as its README says:
 * {@code knex migrate:latest} beside the sample's knexfile.js.
 */
@Tag("interop")
@ExtendWith(PostgresExtension.class)
class KnexSampleInteropTest {
    @TempDir
    Path work;

    @Test
    void whatKnexMigrateLatestAppliesIsAppliedAndInSync(TestDatabase db) throws Exception {
        Path project = Sample.KNEX.copyTo(work);
        NpmTools.linkNodeModules(project);
        NodeTool.succeed(db, project, "knex", "migrate:latest");
        assertEquals(List.of("7 1"), db.column("SELECT count(*) || ' ' || max(batch) FROM knex_migrations"),
                "one batch of seven");

        SampleStatus.of(db, Sample.KNEX.dirIn(project)).assertInSync("knex", 7);
        NodeTools.Run status = NodeTool.succeed(db, project, "knex", "migrate:status");
        assertTrue(status.output().contains("No Pending Migration files Found."), status.toString());
    }
}
