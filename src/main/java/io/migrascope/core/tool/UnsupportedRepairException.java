package io.migrascope.core.tool;

/** The tool has no such repair for this row; the message says why and what to do instead. */
public class UnsupportedRepairException extends Exception {
    public UnsupportedRepairException(String message) {
        super(message);
    }
}
