package io.migrascope.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The databases the harness keeps for its whole run, dropped at the end. Flyway's all-applied
 * database of one size is made once and shared: Flyway {@code info} and Migrascope's status on
 * the Flyway layout must read the same database, and at 100,000 its setup takes most of a minute.
 */
final class BenchDatabases implements AutoCloseable {
    private final BenchServer server;
    private final BenchOptions options;
    private final List<BenchDatabase> made = new ArrayList<>();
    private final Map<Integer, BenchDatabase> flywayApplied = new HashMap<>();

    BenchDatabases(BenchServer server, BenchOptions options) {
        this.server = server;
        this.options = options;
    }

    BenchServer server() {
        return server;
    }

    BenchDatabase create(String purpose) throws SQLException {
        BenchDatabase db = server.create(purpose);
        made.add(db);
        return db;
    }

    BenchDatabase flywayApplied(Corpus corpus) throws Exception {
        BenchDatabase db = flywayApplied.get(corpus.size());
        if (db == null) {
            db = create("flyway_" + corpus.size());
            FlywayAppliedState.build(db, corpus, options.workDir().resolve("flyway-empty"));
            flywayApplied.put(corpus.size(), db);
        }
        return db;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (BenchDatabase db : made) {
            try {
                db.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
