package io.migrascope.bench;

import java.nio.file.Path;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * A database as Flyway leaves it after migrating every file of the corpus: its history table with
 * N successful rows, and every object the files create. Flyway's {@code info} reads only the
 * history, but Migrascope's status also asks pg_catalog for each file's objects, and both must
 * read the same database.
 */
final class FlywayAppliedState {
    private FlywayAppliedState() {
    }

    static void build(BenchDatabase db, Corpus corpus, Path emptyDir) throws Exception {
        // History first: Flyway refuses to create its table in a schema that already holds objects.
        FlywayHistoryRows.populate(db, corpus, emptyDir);
        AppliedSchema.create(db, corpus);
        verifyAllSuccess(db, corpus);
    }

    /** Flyway's own judgement, not ours: validate must pass and info must call every file Success. */
    static void verifyAllSuccess(BenchDatabase db, Corpus corpus) {
        Flyway flyway = FlywayInfoMain.flyway(db.url(), corpus.flywayDir().toString());
        ValidateResult validate = flyway.validateWithResult();
        MigrationInfo[] all = flyway.info().all();
        long success = Arrays.stream(all).filter(m -> m.getState() == MigrationState.SUCCESS).count();
        if (!validate.validationSuccessful || all.length != corpus.size() || success != corpus.size()) {
            throw new IllegalStateException("Flyway does not accept the history for N=" + corpus.size()
                    + ": validate " + validate.validationSuccessful + " " + validate.getAllErrorMessages()
                    + ", info " + all.length + " migrations of which " + success + " Success");
        }
        Bench.log("verified: Flyway validate passes and info shows " + success + " Success for N=" + corpus.size());
    }
}
