package io.migrascope.core.action;

/**
 * A guarded change to a database's migration state. Every action first describes itself as a
 * {@link Preview}; it runs only after that preview was confirmed, and re-checks under the lock
 * that the state it previewed is still the state it meets.
 */
public sealed interface Action permits ApplyAction, RepairAction, UndoAction, RenumberAction, SyncAction,
        FileEditAction {

    Preview preview();
}
