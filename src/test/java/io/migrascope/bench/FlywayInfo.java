package io.migrascope.bench;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.ValidateResult;

/** Flyway's {@code info} on the same SQL in Flyway's layout, in a JVM of its own ({@link FlywayInfoMain}). */
final class FlywayInfo implements Contender {
    private static final String LABEL = "flyway 13.12 info (Java API)";

    @Override
    public String id() {
        return "flyway";
    }

    @Override
    public Prepared prepare(Corpus corpus, BenchServer server, BenchOptions options) throws Exception {
        BenchDatabase db = server.create("flyway_" + corpus.size());
        try {
            FlywayHistoryRows.populate(db, corpus, options.workDir().resolve("flyway-empty"));
            verifyAllSuccess(db, corpus);
            List<String> command = List.of(ChildJava.executable(), "-cp", ChildJava.testClasspath(),
                    FlywayInfoMain.class.getName(), db.url(), corpus.flywayDir().toString());
            return new Prepared(db, List.of(new Trial(LABEL, corpus.size(), command)));
        } catch (Exception | Error e) {
            db.close();
            throw e;
        }
    }

    /** Flyway's own judgement, not ours: validate must pass and info must call every file Success. */
    private static void verifyAllSuccess(BenchDatabase db, Corpus corpus) {
        Flyway flyway = FlywayInfoMain.flyway(db.url(), corpus.flywayDir().toString());
        ValidateResult validate = flyway.validateWithResult();
        MigrationInfo[] all = flyway.info().all();
        long success = Arrays.stream(all).filter(m -> m.getState() == MigrationState.SUCCESS).count();
        if (!validate.validationSuccessful || all.length != corpus.size() || success != corpus.size()) {
            throw new IllegalStateException("Flyway does not accept the generated history for N=" + corpus.size()
                    + ": validate " + validate.validationSuccessful + " " + validate.getAllErrorMessages()
                    + ", info " + all.length + " migrations of which " + success + " Success");
        }
        Bench.log("verified: Flyway validate passes and info shows " + success + " Success for N=" + corpus.size());
    }
}
