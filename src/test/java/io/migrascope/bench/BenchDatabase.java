package io.migrascope.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A database the harness made for one contender and one size; dropped on close. */
record BenchDatabase(String url, Dropper dropper) implements AutoCloseable {

    @FunctionalInterface
    interface Dropper {
        void drop() throws SQLException;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public void close() throws SQLException {
        dropper.drop();
    }
}
