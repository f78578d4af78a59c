package io.migrascope.bench;

/** Progress goes to stderr so stdout carries only the results table. */
final class Bench {
    private Bench() {
    }

    static void log(String message) {
        System.err.println("[bench] " + message);
    }

    /** What a harness returns as its exit code. */
    @FunctionalInterface
    interface Harness {
        int run() throws Exception;
    }

    /**
     * Runs a harness as a command: bad options exit 64 with the message, failures 1 with the trace.
     * The explicit exit also runs TestPostgres's shutdown hook, which stops the embedded server.
     */
    static void runAndExit(Harness harness) {
        int code;
        try {
            code = harness.run();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            code = 64;
        } catch (Exception e) {
            e.printStackTrace();
            code = 1;
        }
        System.exit(code);
    }
}
