package io.migrascope.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.LockHolder;
import io.migrascope.ui.task.BackgroundWork;
import io.migrascope.ui.task.RunningTask;
import io.migrascope.ui.task.SynchronousTaskRunner;
import io.migrascope.ui.task.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class StatusViewModelTest {

    @Test
    void theFactsBecomeTheBarsTextsAndTheLockHolderIsNamed() {
        TaskTracker tracker = new TaskTracker(new SynchronousTaskRunner());
        StatusViewModel model = new StatusViewModel(tracker.running());
        assertEquals("not connected", model.endpointProperty().get());
        ConnectionFacts facts = new ConnectionFacts("db.example:5432", "shop", "app", "Prisma", List.of(), false);
        model.factsProperty().set(facts);
        assertEquals("db.example:5432", model.endpointProperty().get());
        assertEquals("shop", model.databaseProperty().get());
        assertEquals("app", model.roleProperty().get());
        assertEquals("Prisma", model.toolProperty().get());
        assertEquals("lock free", model.lockProperty().get());
        assertFalse(model.lockHeldProperty().get());

        LockHolder holder = new LockHolder(4242, "prisma-migrate", "deploy", "10.0.0.7", null, "active", null);
        model.factsProperty().set(facts.withLockHolders(List.of(holder)));
        assertEquals("lock held by pid 4242", model.lockProperty().get());
        assertTrue(model.lockDetailProperty().get().contains("application 'prisma-migrate'"));
        assertTrue(model.lockHeldProperty().get());
    }

    @Test
    void theNewestRunningTaskShowsAndCancelReachesIt() {
        DeferredRunner deferred = new DeferredRunner();
        TaskTracker tracker = new TaskTracker(deferred);
        StatusViewModel model = new StatusViewModel(tracker.running());
        List<String> done = new ArrayList<>();
        tracker.run("Refreshing shop", p -> "ok", done::add, e -> done.add("failed"));
        assertEquals("Refreshing shop", model.currentTaskProperty().get().title());
        model.cancelCurrent();
        assertTrue(deferred.cancelled);
        deferred.finish();
        assertNull(model.currentTaskProperty().get());
        assertEquals(List.of("ok"), done);
    }

    @Test
    void aSynchronousRunnerLeavesNothingRunning() {
        TaskTracker tracker = new TaskTracker(new SynchronousTaskRunner());
        List<Object> seen = new ArrayList<>();
        tracker.run("x", p -> 1, seen::add, seen::add);
        assertTrue(tracker.running().isEmpty());
        assertSame(1, seen.get(0));
    }

    /** Holds the work until the test finishes it, as a real background thread would. */
    private static final class DeferredRunner implements TaskRunner {
        private Runnable pending;
        boolean cancelled;

        @Override
        public <T> RunningTask run(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
                                   Consumer<Throwable> onFailure) {
            SynchronousTaskRunner inner = new SynchronousTaskRunner();
            pending = () -> inner.run(title, work, onSuccess, onFailure);
            RunningTask real = inner.run(title, p -> null, x -> { }, e -> { });
            return new RunningTask() {
                @Override
                public String title() {
                    return title;
                }

                @Override
                public javafx.beans.property.ReadOnlyDoubleProperty progress() {
                    return real.progress();
                }

                @Override
                public javafx.beans.property.ReadOnlyStringProperty message() {
                    return real.message();
                }

                @Override
                public void cancel() {
                    cancelled = true;
                }
            };
        }

        void finish() {
            pending.run();
        }
    }
}
