package io.migrascope.core.audit.compare;

import io.migrascope.core.action.Cancellation;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectException;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.FileScan;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;

/**
 * Reads many databases that share one migrations folder, in parallel on a bounded pool: a slow or
 * unreachable one shows as such without holding up the others. The folder is read once. Each read
 * has a statement timeout, so a database blocked by a lock ends as "no answer" instead of never;
 * cancelling stops the queries in flight and returns at once with what was read so far.
 */
public final class EnvironmentComparer {
    /** Progress per environment; called from the pool's threads. */
    public interface Listener {
        Listener NONE = (done, total, result) -> { };

        /** A pool thread began to read this environment (connecting first). */
        default void environmentStarted(String name) {
        }

        void environmentDone(int done, int total, EnvironmentResult result);
    }

    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    static final String CANCELLED = "cancelled before it was read";
    private static final long POLL_MILLIS = 50;
    private final Audit audit;
    private final int parallelism;
    private final Duration readTimeout;

    public EnvironmentComparer(Audit audit, int parallelism) {
        this(audit, parallelism, DEFAULT_READ_TIMEOUT);
    }

    public EnvironmentComparer(Audit audit, int parallelism, Duration readTimeout) {
        this.audit = audit;
        this.parallelism = Math.max(1, parallelism);
        this.readTimeout = readTimeout;
    }

    public Comparison compare(List<Environment> environments, Listener listener, Cancellation cancellation)
            throws IOException, InterruptedException {
        FileScan scan = audit.scan();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, environments.size())),
                r -> {
                    Thread t = new Thread(r, "migrascope-compare");
                    t.setDaemon(true);
                    return t;
                });
        Map<String, Connection> reading = new ConcurrentHashMap<>();
        List<Future<EnvironmentResult>> futures = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        try {
            for (Environment env : environments) {
                futures.add(pool.submit(() -> {
                    EnvironmentResult r = read(env, scan, cancellation, listener, reading);
                    listener.environmentDone(done.incrementAndGet(), environments.size(), r);
                    return r;
                }));
            }
            List<EnvironmentResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i), environments.get(i), cancellation, reading));
            }
            return grid(results);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Waits for one environment, watching for cancel: then the queries in flight are cancelled on
     * the server and whatever has not finished is reported as cancelled, without waiting for it.
     */
    private static EnvironmentResult await(Future<EnvironmentResult> future, Environment env,
                                           Cancellation cancellation, Map<String, Connection> reading)
            throws InterruptedException {
        while (true) {
            if (cancellation.isCancelled() && !future.isDone()) {
                reading.values().forEach(EnvironmentComparer::cancelQuery);
                return new EnvironmentResult(env.name(), null, CANCELLED, Duration.ZERO);
            }
            try {
                return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillReading) {
                // Look at the cancel flag again.
            } catch (ExecutionException e) {
                throw new IllegalStateException("unexpected failure while comparing", e.getCause());
            }
        }
    }

    private EnvironmentResult read(Environment env, FileScan scan, Cancellation cancellation, Listener listener,
                                   Map<String, Connection> reading) {
        long start = System.nanoTime();
        if (cancellation.isCancelled()) {
            return new EnvironmentResult(env.name(), null, CANCELLED, Duration.ZERO);
        }
        listener.environmentStarted(env.name());
        try (Connection c = env.database().open()) {
            reading.put(env.name(), c);
            try (Statement st = c.createStatement()) {
                st.execute("SET statement_timeout = " + readTimeout.toMillis());
            }
            c.setAutoCommit(false);
            c.setReadOnly(true);
            Report report = audit.run(c, env.database().spec().label(), scan);
            c.rollback();
            return new EnvironmentResult(env.name(), report, null, since(start));
        } catch (ConnectException e) {
            return new EnvironmentResult(env.name(), null, e.getMessage(), since(start));
        } catch (Exception e) {
            return new EnvironmentResult(env.name(), null, why(e, cancellation), since(start));
        } finally {
            reading.remove(env.name());
        }
    }

    private String why(Exception e, Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            return "cancelled while it was being read";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return "no answer within " + readTimeout.toSeconds() + " s (SQLSTATE 57014, statement timeout):"
                        + " the server is overloaded or a lock blocks the tracking table; look at pg_stat_activity"
                        + " there, then compare again";
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void cancelQuery(Connection c) {
        try {
            c.unwrap(PGConnection.class).cancelQuery();
        } catch (SQLException ignored) {
            // The query ended or the connection closed: nothing is left to cancel.
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Joins the reports on the version text, in the folder's order, then versions known only to databases. */
    static Comparison grid(List<EnvironmentResult> results) {
        List<String> names = results.stream().map(EnvironmentResult::name).toList();
        Map<String, String> versionNames = new LinkedHashMap<>();
        List<Map<String, MigrationRow>> byVersion = new ArrayList<>();
        for (EnvironmentResult r : results) {
            Map<String, MigrationRow> rows = new LinkedHashMap<>();
            if (r.ok()) {
                for (MigrationRow row : r.report().rows()) {
                    rows.put(row.version().text(), row);
                    versionNames.putIfAbsent(row.version().text(), row.name());
                }
            }
            byVersion.add(rows);
        }
        List<ComparisonRow> rows = new ArrayList<>();
        for (Map.Entry<String, String> v : versionNames.entrySet()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                if (!results.get(i).ok()) {
                    cells.add(Cell.UNKNOWN);
                    continue;
                }
                MigrationRow row = byVersion.get(i).get(v.getKey());
                cells.add(row == null ? Cell.UNKNOWN : new Cell(row.state(),
                        row.tracked() == null ? null : row.tracked().checksum(),
                        row.tracked() == null ? null : row.tracked().appliedAt()));
            }
            rows.add(new ComparisonRow(v.getKey(), v.getValue(), cells, differs(cells)));
        }
        return new Comparison(names, rows, results);
    }

    private static boolean differs(List<Cell> cells) {
        List<Cell> known = cells.stream().filter(c -> c.state() != null).toList();
        return known.stream().map(Cell::state).distinct().count() > 1
                || known.stream().map(Cell::trackedChecksum).filter(Objects::nonNull).distinct().count() > 1;
    }
}
