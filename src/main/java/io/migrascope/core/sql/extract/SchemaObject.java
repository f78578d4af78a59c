package io.migrascope.core.sql.extract;

import java.util.Objects;

/**
 * One object a statement creates, alters or drops.
 *
 * @param kind what sort of object
 * @param schema the schema as written (normalised like an identifier), or null when unqualified: the
 *     prober resolves it with the search_path. For objects that live on a table (columns, indexes,
 *     constraints, triggers, policies) it is the table's schema. Always null for extensions, whose
 *     names are database-wide
 * @param name normalised like PostgreSQL: unquoted names lower-cased, quoted ones kept, both cut to 63
 *     bytes; for unnamed constraints, indexes and serial sequences the name PostgreSQL chooses
 * @param table for COLUMN, INDEX, CONSTRAINT, TRIGGER and POLICY the table the object belongs to (for
 *     INDEX the table it is on; null when an ALTER INDEX names an index this file did not create), else
 *     null
 * @param detail for COLUMN the type as {@code format_type} prints it ("character varying(64)",
 *     "integer[]"); for CONSTRAINT its kind ("PRIMARY KEY", "FOREIGN KEY", "UNIQUE", "CHECK",
 *     "EXCLUDE"); for FUNCTION the argument types as {@code oidvectortypes(proargtypes)} prints them
 *     ("integer, text", "" for none) or null when they cannot be told; for TYPE "enum", "composite",
 *     "domain", "range" or "base"; otherwise null. Null too when an ALTER does not say (ALTER COLUMN
 *     SET DEFAULT, DROP of a column)
 * @param effect what the statement does to it
 * @param statementIndex the 1-based {@link io.migrascope.core.sql.SqlStatement#index()} it came from
 */
public record SchemaObject(ObjectKind kind, String schema, String name, String table, String detail, Effect effect,
        int statementIndex) {

    public SchemaObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(effect, "effect");
    }

    /**
     * The object in a sentence: "column public.users.email (text)", "index users_email_idx on users",
     * "constraint users_pkey on users (PRIMARY KEY)", "function public.touch(integer, text)", "table users".
     */
    public String display() {
        StringBuilder sb = new StringBuilder(kind.label()).append(' ');
        switch (kind) {
            case COLUMN -> sb.append(qualified(table == null ? "?" : table)).append('.').append(name);
            case INDEX, CONSTRAINT, TRIGGER, POLICY -> {
                sb.append(name);
                if (table != null) {
                    sb.append(" on ").append(qualified(table));
                } else if (schema != null) {
                    sb.setLength(0);
                    sb.append(kind.label()).append(' ').append(qualified(name));
                }
            }
            default -> sb.append(qualified(name));
        }
        if (detail != null) {
            if (kind == ObjectKind.FUNCTION) {
                sb.append('(').append(detail).append(')');
            } else {
                sb.append(" (").append(detail).append(')');
            }
        }
        return sb.toString();
    }

    private String qualified(String relation) {
        return schema == null ? relation : schema + "." + relation;
    }
}
