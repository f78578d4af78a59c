package io.migrascope.ui.action;

import io.migrascope.core.action.Action;
import io.migrascope.core.action.ActionRunner;
import io.migrascope.core.action.ApplyListener;
import io.migrascope.core.action.Cancellation;
import io.migrascope.core.action.WriteContext;
import io.migrascope.core.audit.Audit;

/**
 * How a confirmed action is carried out, on a background thread. Most actions go through the core's
 * {@link ActionRunner}; undo has its own executor (it needs the journal entry's tool and schema).
 */
@FunctionalInterface
public interface ActionExecution {

    /** Runs the action; returns one sentence saying what was done. Runs on a background thread. */
    String run(WriteContext context, ApplyListener listener, Cancellation cancellation) throws Exception;

    /** The core's runner for apply, repairs, sync and renumber. */
    static ActionExecution of(Action action, Audit audit) {
        return (context, listener, cancellation) -> new ActionRunner(context, audit).run(action, listener, cancellation);
    }
}
