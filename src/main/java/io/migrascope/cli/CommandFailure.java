package io.migrascope.cli;

/** A command stopped for a reason already explained in its message; exits with 2. */
final class CommandFailure extends Exception {
    CommandFailure(String message) {
        super(message);
    }
}
