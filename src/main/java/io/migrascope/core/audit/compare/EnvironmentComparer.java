package io.migrascope.core.audit.compare;

import io.migrascope.core.action.Cancellation;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectException;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.FileScan;
import java.io.IOException;
import java.sql.Connection;
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

/**
 * Reads many databases that share one migrations folder, in parallel on a bounded pool: a slow or
 * unreachable one shows as such without holding up the others. The folder is read once.
 */
public final class EnvironmentComparer {
    /** Progress per environment; called from the pool's threads. */
    public interface Listener {
        Listener NONE = (done, total, result) -> { };

        void environmentDone(int done, int total, EnvironmentResult result);
    }

    private final Audit audit;
    private final int parallelism;

    public EnvironmentComparer(Audit audit, int parallelism) {
        this.audit = audit;
        this.parallelism = Math.max(1, parallelism);
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
        List<Future<EnvironmentResult>> futures = new ArrayList<>();
        int[] done = {0};
        try {
            for (Environment env : environments) {
                futures.add(pool.submit(() -> {
                    EnvironmentResult r = read(env, scan, cancellation);
                    synchronized (done) {
                        done[0]++;
                        listener.environmentDone(done[0], environments.size(), r);
                    }
                    return r;
                }));
            }
            List<EnvironmentResult> results = new ArrayList<>();
            for (Future<EnvironmentResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("unexpected failure while comparing", e.getCause());
                }
            }
            return grid(results);
        } finally {
            pool.shutdownNow();
        }
    }

    private EnvironmentResult read(Environment env, FileScan scan, Cancellation cancellation) {
        long start = System.nanoTime();
        if (cancellation.isCancelled()) {
            return new EnvironmentResult(env.name(), null, "cancelled", Duration.ZERO);
        }
        try (Connection c = env.database().open()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            Report report = audit.run(c, env.database().spec().label(), scan);
            c.rollback();
            return new EnvironmentResult(env.name(), report, null, Duration.ofNanos(System.nanoTime() - start));
        } catch (ConnectException e) {
            return new EnvironmentResult(env.name(), null, e.getMessage(), Duration.ofNanos(System.nanoTime() - start));
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new EnvironmentResult(env.name(), null, why, Duration.ofNanos(System.nanoTime() - start));
        }
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
