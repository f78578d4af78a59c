package io.migrascope.core.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Opens connections for one {@link ConnectionSpec}, turning driver failures into plain sentences.
 * A one-shot run (the CLI) connects through the driver each time; a console session borrows from a
 * {@link SessionPool} instead, so each refresh does not pay for a new backend.
 */
public final class Database {
    public static final String APPLICATION_NAME = "migrascope";
    private final ConnectionSpec spec;
    private final PasswordSource passwords;
    private final Borrower borrower;

    /** Where a pooled database takes its connections from. */
    @FunctionalInterface
    public interface Borrower {
        Connection borrow() throws SQLException;
    }

    public Database(ConnectionSpec spec, PasswordSource passwords) {
        this(spec, passwords, null);
    }

    private Database(ConnectionSpec spec, PasswordSource passwords, Borrower borrower) {
        this.spec = spec;
        this.passwords = passwords;
        this.borrower = borrower;
    }

    /** The same database whose connections come from {@code borrower}; failures read as from the driver. */
    public Database borrowingFrom(Borrower borrower) {
        return new Database(spec, passwords, borrower);
    }

    public ConnectionSpec spec() {
        return spec;
    }

    public Connection open() throws ConnectException {
        try {
            return borrower != null ? borrower.borrow() : DriverManager.getConnection(spec.jdbcUrl(), driverProperties());
        } catch (SQLException e) {
            throw explain(rootConnectFailure(e));
        }
    }

    /** What the driver is given besides the URL: the spec's options, the password, the application name. */
    public Properties driverProperties() {
        Properties props = new Properties();
        props.putAll(spec.properties());
        if (!spec.hasPassword()) {
            passwords.passwordFor(spec).ifPresent(p -> props.setProperty("password", p));
        }
        props.putIfAbsent("ApplicationName", APPLICATION_NAME);
        props.putIfAbsent("connectTimeout", "10");
        return props;
    }

    /** A pool reports "connection not available" and keeps the driver's reason as the cause: that reason is the news. */
    private static SQLException rootConnectFailure(SQLException e) {
        SQLException found = e;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                found = sql;
            }
        }
        return found;
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
        } else if (causedBy(e, java.net.UnknownHostException.class)) {
            message = "the host name '" + spec.host() + "' is not known (SQLSTATE " + state + ": the name lookup"
                    + " failed); check the host for a typo, or the network's DNS";
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

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
