package io.migrascope.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrascope.core.tool.nodepgmigrate.NpmTools;
import io.migrascope.testing.NodeTools;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Drizzle sample migrated by the real drizzle-orm migrator (npm, pinned in src/test/interop):
 * {@code migrate(drizzle(pool), { migrationsFolder: "drizzle" })}, what an application or
 * {@code drizzle-kit migrate} runs.
 */
@Tag("interop")
@ExtendWith(PostgresExtension.class)
class DrizzleSampleInteropTest {
    @TempDir
    Path work;

    @Test
    void whatDrizzlesMigratorAppliesIsAppliedAndInSync(TestDatabase db) throws Exception {
        Path project = Sample.DRIZZLE.copyTo(work);
        NodeTools.Run migrate = NodeTool.drizzleMigrate(db, project.resolve("drizzle"));
        assertEquals(0, migrate.exitCode(), migrate.toString());

        SampleStatus.of(db, Sample.DRIZZLE.dirIn(project)).assertInSync("drizzle", 8);
    }
}
