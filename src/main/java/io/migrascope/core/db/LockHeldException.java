package io.migrascope.core.db;

import java.util.List;

/** Another session holds the migration lock; the message names it. */
public class LockHeldException extends Exception {
    private final List<LockHolder> holders;

    public LockHeldException(String message, List<LockHolder> holders) {
        super(message);
        this.holders = List.copyOf(holders);
    }

    public List<LockHolder> holders() {
        return holders;
    }
}
