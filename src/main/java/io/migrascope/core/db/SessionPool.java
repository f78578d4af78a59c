package io.migrascope.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A small HikariCP pool for one open profile in the console: refreshes, previews and writes borrow a
 * connection instead of starting a backend each time. The pool starts on the first borrow (a
 * background thread), never when the session is created on the FX thread, and its first connection
 * fails at once with the driver's reason (a wrong password must not wait out a timeout).
 *
 * <p>A read-only pool (production, until unlocked) keeps the spec's
 * {@code default_transaction_read_only} option and also marks its connections read-only. Every
 * connection is put back clean: {@code DISCARD ALL} drops what an applied file or a forgotten lock
 * left behind (a {@code SET search_path}, a session advisory lock), so the next borrower sees a
 * fresh session.
 */
public final class SessionPool implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 3;
    private final Database database;
    private final boolean readOnly;
    private final Duration borrowTimeout;
    private HikariDataSource pool;
    private boolean closed;

    private SessionPool(Database database, boolean readOnly, Duration borrowTimeout) {
        this.database = database;
        this.readOnly = readOnly;
        this.borrowTimeout = borrowTimeout;
    }

    /**
     * A pool for {@code database} (whose spec already carries the read-only option when
     * {@code readOnly}); {@code borrowTimeout} bounds the wait for a connection once the pool runs.
     */
    public static SessionPool of(Database database, boolean readOnly, Duration borrowTimeout) {
        return new SessionPool(database, readOnly, borrowTimeout);
    }

    /** The database whose {@link Database#open()} borrows from this pool. */
    public Database database() {
        return database.borrowingFrom(this::borrow);
    }

    private Connection borrow() throws SQLException {
        HikariDataSource source = running();
        Connection c = source.getConnection();
        return (Connection) Proxy.newProxyInstance(SessionPool.class.getClassLoader(), new Class<?>[] {Connection.class},
                new CleanOnClose(c, source));
    }

    private synchronized HikariDataSource running() throws SQLException {
        if (closed) {
            throw new SQLException("the session of " + database.spec().label() + " was closed", "08003");
        }
        if (pool == null) {
            try {
                pool = new HikariDataSource(config());
            } catch (HikariPool.PoolInitializationException e) {
                // The pool keeps the driver's reason as the cause; the next borrow tries again.
                throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getMessage(), "08001", e);
            }
        }
        return pool;
    }

    private HikariConfig config() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("migrascope " + database.spec().label());
        config.setJdbcUrl(database.spec().jdbcUrl());
        config.setDataSourceProperties(database.driverProperties());
        config.setReadOnly(readOnly);
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setIdleTimeout(Duration.ofMinutes(2).toMillis());
        config.setConnectionTimeout(borrowTimeout.toMillis());
        config.setInitializationFailTimeout(1);
        return config;
    }

    /** Closes the connections; borrowed ones close when their holder puts them back. */
    @Override
    public synchronized void close() {
        closed = true;
        if (pool != null) {
            pool.close();
        }
    }

    /** Runs {@code DISCARD ALL} before a connection goes back, outside any transaction. */
    private static final class CleanOnClose implements InvocationHandler {
        private final Connection pooled;
        private final HikariDataSource source;
        private boolean returned;

        CleanOnClose(Connection pooled, HikariDataSource source) {
            this.pooled = pooled;
            this.source = source;
        }

        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
                if (!returned) {
                    returned = true;
                    cleanAndReturn();
                }
                return null;
            }
            try {
                return method.invoke(pooled, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void cleanAndReturn() throws SQLException {
            try {
                if (!pooled.isClosed()) {
                    if (!pooled.getAutoCommit()) {
                        pooled.rollback();
                        pooled.setAutoCommit(true);
                    }
                    try (Statement st = pooled.createStatement()) {
                        st.execute("DISCARD ALL");
                    }
                }
                pooled.close();
            } catch (SQLException unclean) {
                // A broken connection, or a transaction a script opened with its own BEGIN: either way no
                // later borrower may get it, so it leaves the pool for good.
                source.evictConnection(pooled);
            }
        }
    }
}
