package io.migrascope.bench;

/** Progress goes to stderr so stdout carries only the results table. */
final class Bench {
    private Bench() {
    }

    static void log(String message) {
        System.err.println("[bench] " + message);
    }
}
