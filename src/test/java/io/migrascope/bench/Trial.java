package io.migrascope.bench;

import java.sql.SQLException;
import java.util.List;

/** A verified command of one contender on one corpus, and the database it needs kept alive. */
record Trial(String label, int size, List<String> command, BenchDatabase database) implements AutoCloseable {

    @Override
    public void close() throws SQLException {
        database.close();
    }
}
