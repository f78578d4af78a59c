package io.migrascope.core.tool;

/** The tracking table exists but is not in the shape the tool writes; the message says what to do. */
public class TrackingTableException extends Exception {
    public TrackingTableException(String message) {
        super(message);
    }
}
