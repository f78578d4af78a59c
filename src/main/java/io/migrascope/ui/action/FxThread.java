package io.migrascope.ui.action;

import javafx.application.Platform;

/**
 * The hop to the FX thread, as the view-models need it: real in the console, direct in tests
 * that run without a toolkit.
 */
public interface FxThread {
    FxThread PLATFORM = new FxThread() {
        @Override
        public void run(Runnable r) {
            if (Platform.isFxApplicationThread()) {
                r.run();
            } else {
                Platform.runLater(r);
            }
        }

        @Override
        public boolean isCurrent() {
            return Platform.isFxApplicationThread();
        }
    };

    /** For view-model tests: everything runs where it is called, and no thread counts as the FX thread. */
    FxThread DIRECT = new FxThread() {
        @Override
        public void run(Runnable r) {
            r.run();
        }

        @Override
        public boolean isCurrent() {
            return false;
        }
    };

    void run(Runnable r);

    boolean isCurrent();
}
