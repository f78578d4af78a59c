package io.migrascope.demo;

/** The demo workspace could not be opened, built or reset; the message says why and what to try. */
public final class DemoException extends Exception {
    public DemoException(String message, Throwable cause) {
        super(message, cause);
    }

    public DemoException(String message) {
        super(message);
    }
}
