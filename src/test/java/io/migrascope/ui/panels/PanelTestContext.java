package io.migrascope.ui.panels;

import io.migrascope.core.action.WriteContext;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.nativeformat.NativeTool;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.ConsoleContext;
import io.migrascope.ui.task.TaskRunner;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A {@link ConsoleContext} for panel tests over a real database: a native-format (or given) folder,
 * a journal in a temp directory, and whichever task runner the test wants. {@link #refresh()} reads
 * the state through the runner, as the main window's session does.
 */
public final class PanelTestContext implements ConsoleContext {
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final Database database;
    private final Audit audit;
    private final Journal journal;
    private final TaskRunner tasks;
    private final String environment;
    private final AtomicInteger refreshes = new AtomicInteger();
    private final List<Throwable> refreshFailures = new CopyOnWriteArrayList<>();

    public PanelTestContext(TestDatabase db, Path folder, MigrationTool tool, Path journalFile, TaskRunner tasks,
                            String environment) {
        this.database = new Database(ConnectionSpec.parse(db.url()), new PasswordSource(Map.of(), null));
        this.audit = new Audit(tool, folder, tool.defaultSchema());
        this.journal = new Journal(journalFile);
        this.tasks = tasks;
        this.environment = environment;
    }

    /** A native-format folder on a dev profile. */
    public static PanelTestContext nativeDev(TestDatabase db, Path folder, Path tempDir, TaskRunner tasks) {
        return new PanelTestContext(db, folder, new NativeTool(), tempDir.resolve("journal.jsonl"), tasks, "dev");
    }

    /** Reads the state now, on the calling thread (tests only; the console never does this on the FX thread). */
    public Report readNow() throws Exception {
        try (Connection c = database.open()) {
            return audit.run(c, database.spec().label());
        }
    }

    /** Reads the state now and publishes it; call on the FX thread when the toolkit runs. */
    public PanelTestContext load() throws Exception {
        report.set(readNow());
        return this;
    }

    public void setReadOnly(boolean value) {
        readOnly.set(value);
    }

    public int refreshes() {
        return refreshes.get();
    }

    public List<Throwable> refreshFailures() {
        return refreshFailures;
    }

    public Journal journal() {
        return journal;
    }

    @Override
    public ReadOnlyObjectProperty<Report> report() {
        return report.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty readOnly() {
        return readOnly.getReadOnlyProperty();
    }

    @Override
    public String profileName() {
        return "test " + database.spec().database() + " (" + environment + ")";
    }

    @Override
    public String environment() {
        return environment;
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public Audit audit() {
        return audit;
    }

    @Override
    public WriteContext writeContext(String reason) {
        return new WriteContext(database, journal, reason, Duration.ofSeconds(10));
    }

    @Override
    public TaskRunner tasks() {
        return tasks;
    }

    @Override
    public void refresh() {
        refreshes.incrementAndGet();
        tasks.run("Reading the state", progress -> readNow(), report::set, refreshFailures::add);
    }
}
