package io.migrascope.ui.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A task in flight, for progress bars and cancel buttons; properties change on the FX thread only. */
public interface RunningTask {
    String title();

    ReadOnlyDoubleProperty progress();

    ReadOnlyStringProperty message();

    void cancel();
}
