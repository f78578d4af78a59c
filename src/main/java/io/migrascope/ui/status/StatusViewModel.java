package io.migrascope.ui.status;

import io.migrascope.core.db.LockHolder;
import io.migrascope.ui.task.RunningTask;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** The status bar's text, computed from the connection facts and the running tasks; FX thread only. */
public final class StatusViewModel {
    private final ObjectProperty<ConnectionFacts> facts = new SimpleObjectProperty<>();
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper endpoint = new ReadOnlyStringWrapper("not connected");
    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper role = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tool = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lock = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lockDetail = new ReadOnlyStringWrapper("");
    private final SimpleBooleanProperty lockHeld = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<RunningTask> current = new ReadOnlyObjectWrapper<>();

    public StatusViewModel(ObservableList<RunningTask> running) {
        facts.addListener((obs, old, now) -> show(now));
        running.addListener((ListChangeListener<RunningTask>) c ->
                current.set(running.isEmpty() ? null : running.get(running.size() - 1)));
    }

    private void show(ConnectionFacts f) {
        endpoint.set(f == null ? "not connected" : f.endpoint());
        database.set(f == null ? "" : f.database());
        role.set(f == null ? "" : f.role());
        tool.set(f == null ? "" : f.tool());
        boolean held = f != null && !f.lockHolders().isEmpty();
        lockHeld.set(held);
        lock.set(f == null ? "" : held ? "lock held by pid " + f.lockHolders().get(0).pid() : "lock free");
        lockDetail.set(held ? f.lockHolders().stream().map(LockHolder::describe).collect(Collectors.joining("\n"))
                : "No session holds the migration lock (checked on open and on every refresh).");
    }

    /** Cancels the newest task in flight, if any. */
    public void cancelCurrent() {
        RunningTask task = current.get();
        if (task != null) {
            task.cancel();
        }
    }

    public ObjectProperty<ConnectionFacts> factsProperty() {
        return facts;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty endpointProperty() {
        return endpoint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseProperty() {
        return database.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roleProperty() {
        return role.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toolProperty() {
        return tool.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lockProperty() {
        return lock.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lockDetailProperty() {
        return lockDetail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockHeldProperty() {
        return lockHeld;
    }

    public ReadOnlyObjectProperty<RunningTask> currentTaskProperty() {
        return current.getReadOnlyProperty();
    }
}
