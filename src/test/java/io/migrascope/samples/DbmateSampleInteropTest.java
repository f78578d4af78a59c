package io.migrascope.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.tool.nodepgmigrate.NpmTools;
import io.migrascope.testing.NodeTools;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The dbmate sample migrated by the real dbmate 2.28.0 (npm), as its README says: {@code dbmate up}. */
@Tag("interop")
@ExtendWith(PostgresExtension.class)
class DbmateSampleInteropTest {
    @TempDir
    Path work;

    @Test
    void whatDbmateUpAppliesIsAppliedAndInSync(TestDatabase db) {
        Path project = Sample.DBMATE.copyTo(work);
        NodeTools.Run up = NodeTool.succeed(db, project, "dbmate", "--no-dump-schema", "up");
        assertTrue(up.output().contains("Applying: 20241126080000_messages_history_index.sql"), up.toString());

        SampleStatus.of(db, Sample.DBMATE.dirIn(project)).assertInSync("dbmate", 7);

        NodeTools.Run status = NodeTool.succeed(db, project, "dbmate", "status");
        assertTrue(status.output().contains("Applied: 7") && status.output().contains("Pending: 0"), status.toString());
    }
}
