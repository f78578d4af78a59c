package io.migrascope.bench;

import java.sql.Connection;
import java.sql.Statement;

/**
 * Runs the generated SQL itself, so the database holds every table, column, view and function the
 * files leave behind. status checks pg_catalog for them, and a tracked file whose objects are
 * missing is a finding (exit 2), not the in-sync path this benchmark is about.
 */
final class AppliedSchema {
    /** Files per transaction: each new table takes several locks, and the lock table is finite. */
    private static final int FILES_PER_TRANSACTION = 100;

    private AppliedSchema() {
    }

    static void create(BenchDatabase db, Corpus corpus) throws Exception {
        long start = System.nanoTime();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            StringBuilder batch = new StringBuilder();
            int files = 0;
            for (GeneratedMigration m : corpus.migrations()) {
                batch.append(m.sql()).append('\n');
                if (++files % FILES_PER_TRANSACTION == 0 || files == corpus.size()) {
                    st.execute(batch.toString());
                    c.commit();
                    batch.setLength(0);
                }
            }
        }
        Bench.log(String.format("ran the %d files' SQL in %.1f s", corpus.size(), (System.nanoTime() - start) / 1e9));
    }
}
