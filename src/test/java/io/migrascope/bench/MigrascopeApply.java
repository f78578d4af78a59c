package io.migrascope.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * {@code migrascope apply --tool flyway --yes} of the corpus's Flyway folder into an empty
 * database: the same files Flyway {@code migrate} runs, and Migrascope writes
 * {@code flyway_schema_history} itself, so both write the same rows. After every run Flyway's own
 * validate and info must accept what Migrascope wrote.
 */
final class MigrascopeApply implements Contender {
    static final String LABEL = "migrascope apply --yes (flyway layout)";

    @Override
    public String id() {
        return "migrascope";
    }

    @Override
    public List<Integer> sizes(BenchOptions options) {
        return options.applySizes();
    }

    @Override
    public List<Trial> prepare(Corpus corpus, BenchDatabases databases, BenchOptions options) {
        return List.of(new Trial(LABEL, corpus.size(), () -> {
            BenchDatabase db = databases.server().create("apply_" + corpus.size());
            // Each run journals into a folder of its own: N journal entries per run must neither
            // land in the user's journal nor make the next run's journal bigger.
            Path home = options.workDir().resolve("journal-" + UUID.randomUUID().toString().substring(0, 8));
            List<String> command = MigrascopeJar.command(options, List.of("-Dmigrascope.home=" + home), "apply",
                    db.url(), corpus.flywayDir(), List.of("--tool", "flyway", "--yes"));
            return new FreshDatabaseRun(db, command, applied -> {
                FlywayHistoryRows.requireAllSuccess(applied, corpus.size(), LABEL);
                FlywayAppliedState.verifyAllSuccess(applied, corpus);
            }, home);
        }));
    }
}
