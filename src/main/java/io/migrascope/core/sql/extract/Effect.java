package io.migrascope.core.sql.extract;

/** What a statement does to an object. */
public enum Effect {
    CREATES, ALTERS, DROPS
}
