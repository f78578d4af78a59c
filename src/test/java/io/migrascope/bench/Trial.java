package io.migrascope.bench;

import java.util.List;

/** A verified command on one corpus: one row of the results table. */
record Trial(String label, int size, Setup setup) {

    /** A command that reads and leaves nothing behind, so every run is the same command. */
    static Trial repeated(String label, int size, List<String> command) {
        Run run = () -> command;
        return new Trial(label, size, () -> run);
    }

    /** Makes what one run needs untimed (for a write: a fresh database) and names the command. */
    @FunctionalInterface
    interface Setup {
        Run start() throws Exception;
    }

    /**
     * One timed run: its command, the check that it did its work (untimed, after the run), and the
     * clean-up of what it made.
     */
    @FunctionalInterface
    interface Run extends AutoCloseable {
        List<String> command();

        default void check() throws Exception {
        }

        @Override
        default void close() throws Exception {
        }
    }
}
