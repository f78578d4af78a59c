package io.migrascope.bench;

import java.util.List;

/** Flyway's {@code info} on the same SQL in Flyway's layout, in a JVM of its own ({@link FlywayInfoMain}). */
final class FlywayInfo implements Contender {
    static final String LABEL = "flyway 13.12 info (Java API)";

    @Override
    public String id() {
        return "flyway";
    }

    @Override
    public List<Trial> prepare(Corpus corpus, BenchDatabases databases, BenchOptions options) throws Exception {
        BenchDatabase db = databases.flywayApplied(corpus);
        List<String> command = List.of(ChildJava.executable(), "-cp", ChildJava.testClasspath(),
                FlywayInfoMain.class.getName(), db.url(), corpus.flywayDir().toString());
        return List.of(Trial.repeated(LABEL, corpus.size(), command));
    }
}
