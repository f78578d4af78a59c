package io.migrascope.core.audit;

import io.migrascope.core.db.CatalogSnapshot;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.ObjectEvidence;
import io.migrascope.core.model.Report;
import io.migrascope.core.sql.extract.Extraction;
import io.migrascope.core.tool.FileReader;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.ScanCache;
import io.migrascope.core.tool.TrackingRead;
import io.migrascope.core.tool.TrackingTableException;
import io.migrascope.core.tool.TrackingWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Reads one folder and one database and reconciles them. The folder is scanned while the tracking
 * table is read: the two are independent, and on two cores that hides most of the query time.
 */
public final class Audit {
    private final MigrationTool tool;
    private final Path folder;
    private final String schema;
    private final boolean probeCatalog;
    private final ScanCache cache;
    private final boolean oneThread;

    public Audit(MigrationTool tool, Path folder, String schema) {
        this(tool, folder, schema, true);
    }

    /**
     * @param probeCatalog whether to ask pg_catalog which of each file's objects exist (the states
     *                     UNTRACKED and PARTIAL and the findings that need it depend on it)
     */
    public Audit(MigrationTool tool, Path folder, String schema, boolean probeCatalog) {
        this(tool, folder, schema, probeCatalog, null, false);
    }

    private Audit(MigrationTool tool, Path folder, String schema, boolean probeCatalog, ScanCache cache,
                  boolean oneThread) {
        this.tool = tool;
        this.folder = folder;
        this.schema = schema;
        this.probeCatalog = probeCatalog;
        this.cache = cache;
        this.oneThread = oneThread;
    }

    /**
     * This audit, taking what it can from the {@link ScanCache} of its tool and folder: files
     * unchanged since an earlier run (or refresh) are stat-ed, not read, hashed and parsed again.
     */
    public Audit cached() {
        return new Audit(tool, folder, schema, probeCatalog, ScanCache.of(tool.id(), folder), oneThread);
    }

    /**
     * This audit, doing all its work on the calling thread. The console refreshes this way: on two
     * cores, a refresh that keeps both busy leaves the FX thread waiting for one (pulse gaps of 200
     * to 350 ms measured while the FX thread itself worked 35 ms at most); on one thread the refresh
     * takes longer and the window stays responsive.
     */
    public Audit inOneThread() {
        return new Audit(tool, folder, schema, probeCatalog, cache, true);
    }

    /** Where this audit's side work runs: the common pool, or the calling thread itself. */
    private Executor executor() {
        return oneThread ? Runnable::run : ForkJoinPool.commonPool();
    }

    public MigrationTool tool() {
        return tool;
    }

    public Path folder() {
        return folder;
    }

    public String schema() {
        return schema;
    }

    /** The tool's writer for this audit's tracking table. */
    public TrackingWriter writer(String database) {
        return tool.writer(schema, database);
    }

    /**
     * Scans the folder and reads tracking, then reconciles; runs on the caller's (background) thread.
     * The folder is read and its SQL parsed for the probe while the database is asked: on two cores
     * the parsing hides the round trips.
     */
    public Report run(Connection connection, String databaseLabel)
            throws IOException, SQLException, TrackingTableException {
        CompletableFuture<FolderRead> folderRead = CompletableFuture.supplyAsync(() -> {
            try {
                return oneThread ? FileReader.sequentially(this::readFolder) : readFolder();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, executor());
        TrackingRead tracking;
        CatalogSnapshot catalog;
        try {
            tracking = tool.readTracking(connection, schema);
            catalog = probeCatalog ? CatalogSnapshot.read(connection) : null;
        } catch (SQLException | TrackingTableException | RuntimeException e) {
            folderRead.cancel(false);
            throw e;
        }
        FolderRead read = join(folderRead);
        return reconcile(databaseLabel, read.files(), tracking, catalog, read.extractions());
    }

    /**
     * As {@link #run(Connection, String)} with a folder scanned once before: comparing 200 databases
     * that share one migrations folder reads the folder once.
     */
    public Report run(Connection connection, String databaseLabel, FileScan files)
            throws SQLException, TrackingTableException {
        TrackingRead tracking = tool.readTracking(connection, schema);
        CatalogSnapshot catalog = probeCatalog ? CatalogSnapshot.read(connection) : null;
        return reconcile(databaseLabel, files, tracking, catalog,
                catalog == null ? null : CatalogProbe.extractAll(tool, files.files()));
    }

    /** The folder as the tool reads it. */
    public FileScan scan() throws IOException {
        return tool.scan(folder);
    }

    /** The scan, and each file's objects when the probe runs (parsed from the text the scan read). */
    private record FolderRead(FileScan files, List<Extraction> extractions) {
    }

    private FolderRead readFolder() throws IOException {
        ScanCache.Pass pass = cache == null ? null : cache.begin();
        Map<Path, String> texts = new ConcurrentHashMap<>();
        FileScan files = FileReader.keepingTexts(probeCatalog ? texts : null, pass, () -> tool.scan(folder));
        List<Extraction> extractions = probeCatalog
                ? CatalogProbe.extractAll(tool, files.files(), texts, pass, !oneThread) : null;
        if (pass != null) {
            pass.finish();
        }
        return new FolderRead(files, extractions);
    }

    private Report reconcile(String databaseLabel, FileScan files, TrackingRead tracking, CatalogSnapshot catalog,
                             List<Extraction> extractions) {
        if (catalog == null) {
            return new Reconciler(tool).reconcile(databaseLabel, files, tracking, Map.of());
        }
        // Three independent parts on two cores: the probe and the lint on the pool, the join of files
        // and rows here; the join asks for the probe's evidence only once every state is decided.
        CompletableFuture<Map<String, ObjectEvidence>> objects = CompletableFuture.supplyAsync(
                () -> new CatalogProbe(tool, catalog).probe(files.files(), extractions), executor());
        CompletableFuture<List<Finding>> lint = CompletableFuture.supplyAsync(
                () -> MigrationLint.check(files.files(), extractions), executor());
        Report report = new Reconciler(tool).reconcile(databaseLabel, files, tracking, () -> joined(objects));
        return report.withFindings(joined(lint));
    }

    /** The report for a folder alone, as if the database had no tracking table. */
    public Report runWithoutDatabase(String databaseLabel) throws IOException {
        return new Reconciler(tool).reconcile(databaseLabel, tool.scan(folder), TrackingRead.absent());
    }

    /** The value of work done on the pool, its runtime failure as thrown there. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** As {@link #joined}, with the folder read's I/O failure as the IOException it was. */
    private static <T> T join(CompletableFuture<T> scan) throws IOException {
        try {
            return joined(scan);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
