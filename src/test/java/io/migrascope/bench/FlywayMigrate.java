package io.migrascope.bench;

import java.util.List;

/**
 * Flyway {@code migrate} through its Java API ({@link FlywayMigrateMain}) of the corpus's Flyway
 * folder into an empty database. Off at 10,000 by default: Flyway took 348 s there.
 */
final class FlywayMigrate implements Contender {
    static final String LABEL = "flyway 13.12 migrate (Java API)";

    @Override
    public String id() {
        return "flyway";
    }

    @Override
    public List<Integer> sizes(BenchOptions options) {
        return options.flywayMigrateSizes();
    }

    @Override
    public List<Trial> prepare(Corpus corpus, BenchDatabases databases, BenchOptions options) {
        return List.of(new Trial(LABEL, corpus.size(), () -> {
            BenchDatabase db = databases.server().create("flyway_migrate_" + corpus.size());
            List<String> command = List.of(ChildJava.executable(), "-cp", ChildJava.testClasspath(),
                    FlywayMigrateMain.class.getName(), db.url(), corpus.flywayDir().toString());
            return new FreshDatabaseRun(db, command,
                    applied -> FlywayHistoryRows.requireAllSuccess(applied, corpus.size(), LABEL), null);
        }));
    }
}
