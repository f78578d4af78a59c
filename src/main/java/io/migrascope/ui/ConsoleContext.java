package io.migrascope.ui;

import io.migrascope.core.action.WriteContext;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.Database;
import io.migrascope.core.model.Report;
import io.migrascope.ui.task.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The open profile as the panels see it: its latest {@link Report}, whether writing is allowed,
 * and the means to do background work. Everything here is read on the FX thread; the report is
 * replaced (never mutated) when a refresh completes.
 */
public interface ConsoleContext {

    /** The latest report, or null before the first one arrived. */
    ReadOnlyObjectProperty<Report> report();

    /** True while the profile may not write (production not unlocked, or the server is read-only). */
    ReadOnlyBooleanProperty readOnly();

    /** The profile's name, e.g. "shop (staging)". */
    String profileName();

    /** The environment tag: dev, staging or production. */
    String environment();

    /** The database of the open profile. */
    Database database();

    /** The folder, tool and schema of the open profile. */
    Audit audit();

    /** Where and as whom a write happens, with the user's reason. */
    WriteContext writeContext(String reason);

    TaskRunner tasks();

    /** Reads the state again in the background; {@link #report()} changes when done. */
    void refresh();
}
