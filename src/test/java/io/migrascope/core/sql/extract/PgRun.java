package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlSplitter;
import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.sql.SqlSyntaxException;
import io.migrascope.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs migration text against a test database one statement at a time in autocommit, the way psql
 * runs a file without a transaction; that is also the only way CREATE INDEX CONCURRENTLY runs.
 */
final class PgRun {
    private PgRun() {
    }

    /** Runs every statement; the first failure is thrown with the statement that caused it. */
    static void all(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (SqlStatement statement : split(sql)) {
                try {
                    st.execute(statement.text());
                } catch (SQLException e) {
                    throw new SQLException("statement " + statement.index() + " failed with " + e.getSQLState() + ": "
                            + e.getMessage() + "\n" + statement.text(), e.getSQLState(), e);
                }
            }
        }
    }

    /** Runs the first {@code count} statements only: a migration that stopped half way. */
    static void first(TestDatabase db, String sql, int count) throws SQLException {
        List<SqlStatement> statements = split(sql);
        StringBuilder prefix = new StringBuilder();
        for (SqlStatement statement : statements.subList(0, count)) {
            prefix.append(statement.text()).append(";\n");
        }
        all(db, prefix.toString());
    }

    /** Runs every statement, carrying on after errors: the SQLSTATE of each, or null where it worked. */
    static List<String> each(TestDatabase db, String sql) throws SQLException {
        List<String> states = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (SqlStatement statement : split(sql)) {
                try {
                    st.execute(statement.text());
                    states.add(null);
                } catch (SQLException e) {
                    states.add(e.getSQLState());
                }
            }
        }
        return states;
    }

    static List<SqlStatement> split(String sql) {
        try {
            return SqlSplitter.split(sql);
        } catch (SqlSyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
