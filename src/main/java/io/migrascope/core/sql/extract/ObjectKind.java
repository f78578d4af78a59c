package io.migrascope.core.sql.extract;

import java.util.Locale;

/** The kinds of catalog object a migration can create, each one something pg_catalog can be asked about. */
public enum ObjectKind {
    SCHEMA, TABLE, COLUMN, INDEX, CONSTRAINT, SEQUENCE, TYPE, FUNCTION, VIEW, MATERIALIZED_VIEW, EXTENSION, TRIGGER,
    POLICY;

    /** "materialized view", "table": how the kind reads in a sentence. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
