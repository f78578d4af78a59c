package io.migrascope.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Flyway sample migrated by the real Flyway 13.12 (its Java API, a Maven test dependency), as
 * {@code flyway migrate} with the sample's {@code flyway.toml} would: the location is {@code sql/}.
 */
@ExtendWith(PostgresExtension.class)
class FlywaySampleTest {

    @Test
    void whatFlywayMigratesIsAppliedAndInSync(TestDatabase db) {
        Flyway flyway = Flyway.configure().dataSource(db.url(), null, null)
                .locations("filesystem:" + Sample.FLYWAY.dir().toAbsolutePath()).load();
        assertEquals(6, flyway.migrate().migrationsExecuted);

        SampleStatus.of(db, Sample.FLYWAY.dir()).assertInSync("flyway", 6);

        flyway.validate();
        assertTrue(Arrays.stream(flyway.info().all()).map(MigrationInfo::getState).allMatch(s -> s.name().equals("SUCCESS")),
                "Flyway's own info agrees");
    }
}
