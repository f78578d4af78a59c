package io.migrascope.core.tool.knex;

import io.migrascope.core.tool.SqlNames;
import io.migrascope.core.tool.TableColumns;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The state of {@code knex_migrations_lock} as Knex's lock will find it: Migrator._lockMigrations
 * updates the rows with {@code is_locked = 0} and fails with "Migration table is already locked"
 * unless exactly one row changed. A committed {@code is_locked = 1} is a run in progress (Knex
 * commits the lock only when a migration opts out of transactions) or a crashed one.
 */
final class KnexLock {
    private KnexLock() {
    }

    static Optional<String> problem(Connection c, String schema) throws SQLException {
        if (TableColumns.of(c, schema, KnexTable.LOCK_TABLE).isEmpty()) {
            return Optional.empty(); // ensureTable creates it with its row on Knex's next run
        }
        String table = SqlNames.qualified(schema, KnexTable.LOCK_TABLE);
        long unlocked;
        long all;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FILTER (WHERE \"is_locked\" = 0), count(*) FROM " + table)) {
            rs.next();
            unlocked = rs.getLong(1);
            all = rs.getLong(2);
        }
        return describe(table, unlocked, all);
    }

    static Optional<String> describe(String table, long unlocked, long all) {
        if (all > 0 && unlocked == 0) {
            return Optional.of(table + " is set (is_locked = 1): a migration is running or one crashed; every"
                    + " knex migrate:latest stops with \"Migration table is already locked\". Release it with knex"
                    + " migrate:unlock once no migration runs.");
        }
        if (unlocked > 1) {
            return Optional.of(table + " has " + unlocked + " rows with is_locked = 0; Knex's lock must change"
                    + " exactly one, so every knex migrate:latest stops with \"Migration table is already locked\"."
                    + " knex migrate:unlock resets it to one row.");
        }
        return Optional.empty();
    }

    static List<String> asList(Optional<String> problem) {
        return problem.map(List::of).orElse(List.of());
    }
}
