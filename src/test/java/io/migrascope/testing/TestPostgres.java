package io.migrascope.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server the tests talk to: an embedded one (started once per test JVM), or the
 * server named by {@code MIGRASCOPE_TEST_DB_URL} (a JDBC URL of a database whose user may create
 * databases). Every test gets a database of its own, so tests never see each other's rows.
 */
public final class TestPostgres {
    public static final String URL_VARIABLE = "MIGRASCOPE_TEST_DB_URL";
    private static String adminUrl;
    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** A JDBC URL of an administrative database on the test server. */
    public static synchronized String adminUrl() {
        if (adminUrl != null) {
            return adminUrl;
        }
        String external = System.getenv(URL_VARIABLE);
        if (external != null && !external.isBlank()) {
            adminUrl = external;
            return adminUrl;
        }
        try {
            embedded = EmbeddedPostgres.builder()
                    // Durability buys nothing in throw-away test databases; speed does.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .setDataDirectoryCustomizer(TestPostgres::requirePasswordForOneRole)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL: " + e.getMessage()
                    + " (set " + URL_VARIABLE + " to test against another server)", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stopEmbedded));
        adminUrl = embedded.getJdbcUrl("postgres", "postgres");
        return adminUrl;
    }

    /** The role whose logins the embedded server checks, so wrong-password handling can be tested. */
    public static final String PASSWORD_ROLE = "ms_password_user";

    /** True when the server is the embedded one, where {@link #PASSWORD_ROLE} must give a password. */
    public static boolean checksPasswords() {
        adminUrl();
        return embedded != null;
    }

    private static void requirePasswordForOneRole(File dataDirectory) {
        Path hba = dataDirectory.toPath().resolve("pg_hba.conf");
        try {
            String rules = Files.readString(hba);
            // pg_hba.conf takes the first matching line: this one must come before the trust lines.
            Files.writeString(hba, "host all " + PASSWORD_ROLE + " all scram-sha-256\n" + rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stopEmbedded() {
        try {
            embedded.close();
        } catch (IOException ignored) {
            // The JVM is exiting; the server dies with its data directory.
        }
    }

    /** Creates a new empty database and returns a handle to it. */
    public static TestDatabase createDatabase() {
        String name = "ms_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(adminUrl()); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        return new TestDatabase(name, withDatabase(adminUrl(), name));
    }

    static void dropDatabase(String name) {
        try (Connection c = DriverManager.getConnection(adminUrl()); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + name + ": " + e.getMessage(), e);
        }
    }

    /** The same URL pointing at another database. */
    static String withDatabase(String jdbcUrl, String database) {
        int q = jdbcUrl.indexOf('?');
        String base = q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
        String query = q < 0 ? "" : jdbcUrl.substring(q);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        String hostPart = slash < 0 ? base : base.substring(0, slash);
        return hostPart + "/" + database + query;
    }
}
