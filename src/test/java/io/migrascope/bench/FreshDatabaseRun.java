package io.migrascope.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One run of a write: the command migrates into a database made empty for this run alone (made
 * before the clock starts, dropped after it stops), then {@code landed} proves all N landed.
 * {@code scratch}, if given, is a folder the command writes to, removed with the database.
 */
record FreshDatabaseRun(BenchDatabase db, List<String> command, Check landed, Path scratch) implements Trial.Run {

    @FunctionalInterface
    interface Check {
        void verify(BenchDatabase db) throws Exception;
    }

    @Override
    public void check() throws Exception {
        landed.verify(db);
    }

    @Override
    public void close() throws Exception {
        try {
            db.close();
        } finally {
            if (scratch != null) {
                Corpus.deleteTree(scratch);
            }
        }
    }
}
