package io.migrascope.ui.action;

import io.migrascope.core.action.Action;
import io.migrascope.core.action.RepairAction;
import io.migrascope.core.model.ActionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A typed confirmation: the user types {@code expected} back before a destructive action or a
 * write to production may run (the same rule as the CLI's prompts).
 *
 * @param id       a stable id ({@code version}, {@code database}) for the field
 * @param prompt   what to type and why, in one sentence
 * @param expected the exact text
 */
public record ActionGuard(String id, String prompt, String expected) {

    /** The confirmations an action needs: the version for a deleted tracking row, the database name in production. */
    public static List<ActionGuard> required(Action action, ActionTarget target, String databaseName) {
        List<ActionGuard> out = new ArrayList<>();
        if (action instanceof RepairAction r && r.kind() == ActionKind.DELETE_TRACKING_ROW) {
            out.add(new ActionGuard("version", "This deletes the tracking row of " + r.version()
                    + " (the journal keeps a copy for undo). Type the version " + r.version() + " to confirm:",
                    r.version().text()));
        }
        if (target.isProduction()) {
            out.add(new ActionGuard("database", "This is a production database. Type its name (" + databaseName
                    + ") to confirm:", databaseName));
        }
        return out;
    }

    /** Exact match after trimming the outer blanks a paste brings along. */
    public boolean satisfiedBy(String typed) {
        return typed != null && typed.strip().equals(expected);
    }
}
