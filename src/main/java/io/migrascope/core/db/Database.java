package io.migrascope.core.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Opens connections for one {@link ConnectionSpec}, turning driver failures into plain sentences. */
public final class Database {
    public static final String APPLICATION_NAME = "migrascope";
    private final ConnectionSpec spec;
    private final PasswordSource passwords;

    public Database(ConnectionSpec spec, PasswordSource passwords) {
        this.spec = spec;
        this.passwords = passwords;
    }

    public ConnectionSpec spec() {
        return spec;
    }

    public Connection open() throws ConnectException {
        Properties props = new Properties();
        props.putAll(spec.properties());
        if (!spec.hasPassword()) {
            passwords.passwordFor(spec).ifPresent(p -> props.setProperty("password", p));
        }
        props.putIfAbsent("ApplicationName", APPLICATION_NAME);
        props.putIfAbsent("connectTimeout", "10");
        try {
            return DriverManager.getConnection(spec.jdbcUrl(), props);
        } catch (SQLException e) {
            throw explain(e);
        }
    }

    /**
     * A connection inside a transaction that PostgreSQL itself keeps read-only: any write on it
     * fails with SQLSTATE 25006. Set with {@code SET TRANSACTION READ ONLY} rather than the driver's
     * {@code setReadOnly}, which a URL's {@code readOnlyMode=ignore} would turn into a no-op.
     * Closing the connection ends the transaction.
     */
    public Connection openForReading() throws ConnectException, SQLException {
        Connection c = open();
        try (Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("SET TRANSACTION READ ONLY");
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private ConnectException explain(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = spec.label();
        String message;
        if (state.equals("28P01") || state.equals("28000")) {
            message = "the server at " + spec.host() + ":" + spec.port() + " refused user '" + spec.user()
                    + "' (SQLSTATE " + state + ": " + firstLine(e) + "); check the password in PGPASSWORD,"
                    + " ~/.pgpass or the variable named by --password-env";
        } else if (state.equals("3D000")) {
            message = "database '" + spec.database() + "' does not exist on " + spec.host() + ":" + spec.port()
                    + " (SQLSTATE 3D000); create it or fix the database name in --url";
        } else if (isCertificateProblem(e)) {
            message = "the certificate of the server at " + spec.host() + ":" + spec.port() + " could not be verified"
                    + " (sslmode=" + spec.properties().getProperty("sslmode", "prefer") + ", CA file "
                    + spec.properties().getProperty("sslrootcert", "~/.postgresql/root.crt") + "): " + rootCause(e)
                    + "; check that the CA file holds the CA that signed the server's certificate and that the host"
                    + " name is one the certificate names";
        } else if (state.startsWith("08")) {
            message = "cannot reach PostgreSQL at " + spec.host() + ":" + spec.port() + " (SQLSTATE " + state + ": "
                    + firstLine(e) + "); check that the server runs and the host and port in --url";
        } else {
            message = "cannot connect to " + where + " (SQLSTATE " + (state.isEmpty() ? "none" : state) + ": "
                    + firstLine(e) + ")";
        }
        return new ConnectException(message, state, e);
    }

    /** A TLS handshake or host-name check failed: no use telling the user to check the port. */
    private static boolean isCertificateProblem(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException || t instanceof java.security.cert.CertificateException) {
                return true;
            }
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.contains("hostname") && m.contains("could not be verified");
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
