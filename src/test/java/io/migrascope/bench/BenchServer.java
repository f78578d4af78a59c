package io.migrascope.bench;

import io.migrascope.testing.TestDatabase;
import io.migrascope.testing.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Where the bench databases live: by default the tests' embedded PostgreSQL (no setup, and the
 * same server for everyone who reruns it), or an existing server given by {@code --url}.
 */
interface BenchServer {

    BenchDatabase create(String purpose) throws SQLException;

    /** An administrative URL, for reading the server's version. */
    String adminUrl();

    default String version() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static BenchServer of(String url) {
        return url == null ? new Embedded() : new External(url);
    }

    /** TestPostgres also honours MIGRASCOPE_TEST_DB_URL, so CI can point the harness elsewhere. */
    final class Embedded implements BenchServer {
        @Override
        public BenchDatabase create(String purpose) {
            TestDatabase db = TestPostgres.createDatabase();
            return new BenchDatabase(db.url(), db::close);
        }

        @Override
        public String adminUrl() {
            return TestPostgres.adminUrl();
        }
    }

    /** Random names, so a rerun or a second harness never drops a database it did not make. */
    record External(String adminUrl) implements BenchServer {
        @Override
        public BenchDatabase create(String purpose) throws SQLException {
            String name = "migrascope_bench_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
            execute("CREATE DATABASE " + name);
            return new BenchDatabase(withDatabase(adminUrl, name), () -> execute("DROP DATABASE IF EXISTS " + name
                    + " WITH (FORCE)"));
        }

        private void execute(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }

        static String withDatabase(String jdbcUrl, String database) {
            int q = jdbcUrl.indexOf('?');
            String base = q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
            String query = q < 0 ? "" : jdbcUrl.substring(q);
            int slash = base.indexOf('/', "jdbc:postgresql://".length());
            return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + query;
        }
    }
}
