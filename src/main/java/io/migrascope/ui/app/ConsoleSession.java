package io.migrascope.ui.app;

import io.migrascope.core.action.WriteContext;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.db.SessionPool;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.model.Report;
import io.migrascope.ui.ConsoleContext;
import io.migrascope.ui.status.ConnectionFacts;
import io.migrascope.ui.task.RunningTask;
import io.migrascope.ui.task.TaskRunner;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One open profile: its database, the audit of its folder, the latest report and the facts of the
 * connection. A production profile starts read-only on the server and becomes writable only by
 * {@link #unlock}; the session then connects without the read-only option. Call on the FX thread;
 * the work itself runs through the {@link TaskRunner}. Connections come from one small pool per
 * session (a read-only pool while production is locked), closed with the session.
 */
public final class ConsoleSession implements ConsoleContext {
    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);
    /** Longer than the driver's connect timeout, so a refused or unreachable server reports its own reason. */
    private static final Duration BORROW_TIMEOUT = Duration.ofSeconds(12);
    private final Profile profile;
    private final TaskRunner tasks;
    private final PasswordSource passwords;
    private final Journal journal;
    private volatile SessionPool pool;
    private volatile Database database;
    private volatile Audit audit;
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConnectionFacts> facts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private RunningTask running;
    private long generation;
    private boolean closed;

    public ConsoleSession(Profile profile, TaskRunner tasks, PasswordSource passwords, Journal journal) {
        this.profile = profile;
        this.tasks = tasks;
        this.passwords = passwords;
        this.journal = journal;
        usePool(pool(profile.isProduction()));
        unlocked.addListener((obs, was, now) -> updateReadOnly());
        facts.addListener((obs, was, now) -> updateReadOnly());
        updateReadOnly();
    }

    private SessionPool pool(boolean readOnly) {
        return SessionPool.of(profile.toDatabase(passwords, readOnly), readOnly, BORROW_TIMEOUT);
    }

    /** Switches to {@code next}, closing the pool used so far. */
    private void usePool(SessionPool next) {
        SessionPool old = pool;
        pool = next;
        database = next.database();
        if (old != null) {
            PoolCloser.later(old);
        }
    }

    private void updateReadOnly() {
        boolean serverSays = facts.get() != null && facts.get().serverReadOnly();
        readOnly.set((profile.isProduction() && !unlocked.get()) || serverSays);
    }

    /** Connects, chooses the tool, audits; {@code opened} runs when the first report is there. */
    public void open(Runnable opened, Consumer<Throwable> failed) {
        long mine = ++generation;
        Database db = database;
        boolean readOnlyByUs = profile.isProduction() && !unlocked.get();
        running = tasks.run("Opening " + profile.name(), p -> SessionLoader.open(profile, db, readOnlyByUs, p), result -> {
            if (mine != generation || closed) {
                return;
            }
            audit = result.audit();
            facts.set(result.facts());
            report.set(result.report());
            problem.set("");
            opened.run();
        }, error -> {
            if (mine == generation && !closed) {
                problem.set(describe(error));
                failed.accept(error);
            }
        });
    }

    @Override
    public void refresh() {
        if (audit == null || closed) {
            return;
        }
        if (running != null) {
            running.cancel();
        }
        long mine = ++generation;
        Audit a = audit;
        Database db = database;
        running = tasks.run("Refreshing " + profile.name(), p -> SessionLoader.refresh(a, db, p), result -> {
            if (mine != generation || closed) {
                return;
            }
            report.set(result.report());
            facts.set(facts.get().withLockHolders(result.lockHolders()));
            problem.set("");
        }, error -> {
            if (mine == generation && !closed && !(error instanceof CancellationException)) {
                problem.set("Refresh failed: " + describe(error)
                        + ". The rows shown are from the last good read; F5 tries again.");
            }
        });
    }

    /**
     * Allows writes to a production database for the rest of this session, once the user typed its
     * name: the session reconnects without the read-only option and checks that the server lets it write.
     *
     * @return false (and nothing happens) when the typed name is not the database's
     */
    public boolean unlock(String typedName, Runnable done, Consumer<Throwable> failed) {
        if (!profile.isProduction() || typedName == null || !typedName.strip().equals(profile.database())) {
            return false;
        }
        SessionPool writable = pool(false);
        tasks.run("Unlocking " + profile.name(), p -> SessionLoader.canWrite(writable.database()), canWrite -> {
            if (!canWrite || closed) {
                PoolCloser.later(writable);
            }
            if (closed) {
                return;
            }
            if (!canWrite) {
                failed.accept(new IllegalStateException("the server itself keeps " + profile.database()
                        + " read-only (a standby, or default_transaction_read_only set on the server);"
                        + " nothing can be written there"));
                return;
            }
            usePool(writable);
            unlocked.set(true);
            done.run();
        }, error -> {
            PoolCloser.later(writable);
            failed.accept(error);
        });
        return true;
    }

    /** Back to read-only: the next connection carries the read-only option again. */
    public void relock() {
        usePool(pool(profile.isProduction()));
        unlocked.set(false);
    }

    /** Stops the work in flight and closes the pool; the session answers no more callbacks. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (running != null) {
            running.cancel();
        }
        PoolCloser.later(pool);
    }

    public Profile profile() {
        return profile;
    }

    public ReadOnlyObjectProperty<ConnectionFacts> facts() {
        return facts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty unlocked() {
        return unlocked.getReadOnlyProperty();
    }

    /** The last open or refresh failure in words, empty when the last one worked. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    static String describe(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.CompletionException)) {
            t = t.getCause();
        }
        String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && !text.contains(sql.getSQLState())) {
            text += " (SQLSTATE " + sql.getSQLState() + ")";
        }
        return text;
    }

    // ---- ConsoleContext

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
        return profile.label();
    }

    @Override
    public String environment() {
        return profile.environment().tag();
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
        return new WriteContext(database, journal, reason == null ? "" : reason, LOCK_WAIT);
    }

    @Override
    public TaskRunner tasks() {
        return tasks;
    }
}
