package io.migrascope.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code --tool auto} names the right tool for every sample folder from its files alone: the
 * database is empty, so no tracking table can help.
 */
@ExtendWith(PostgresExtension.class)
class SampleDetectionTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Sample.class)
    void autoPicksTheSamplesToolFromTheFilesAlone(Sample sample, TestDatabase db) {
        SampleStatus status = SampleStatus.of(db, sample.dir());
        assertEquals(sample.tool(), status.tool(), status.run().toString());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Sample.class, names = {"FLYWAY"})
    void theProjectRootAboveTheFolderToPassIsDetectedToo(Sample sample, TestDatabase db) {
        SampleStatus status = SampleStatus.of(db, sample.root());
        assertEquals(sample.tool(), status.tool(), status.run().toString());
    }
}
