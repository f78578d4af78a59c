package io.migrascope.bench;

import java.util.List;

/**
 * {@code migrascope status} on exactly what Flyway {@code info} reads: the Flyway folder and the
 * Flyway database (which also holds the files' objects). The pair of rows with and without
 * {@code --no-probe} shows what the catalog probe costs.
 */
final class MigrascopeFlywayStatus implements Contender {
    static final String LABEL = "migrascope status (flyway layout)";
    static final String NO_PROBE_LABEL = "migrascope status --no-probe (flyway layout)";

    @Override
    public String id() {
        return "migrascope";
    }

    @Override
    public List<Trial> prepare(Corpus corpus, BenchDatabases databases, BenchOptions options) throws Exception {
        BenchDatabase db = databases.flywayApplied(corpus);
        StatusCheck.allApplied(options, db.url(), corpus.flywayDir(), corpus.size(), "flyway");
        return List.of(
                Trial.repeated(LABEL, corpus.size(), MigrascopeJar.status(options, db.url(), corpus.flywayDir(),
                        List.of())),
                Trial.repeated(NO_PROBE_LABEL, corpus.size(), MigrascopeJar.status(options, db.url(),
                        corpus.flywayDir(), List.of("--no-probe"))));
    }
}
