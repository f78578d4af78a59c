package io.migrascope.core.tool;

/**
 * Quoting for identifiers that end up in SQL text. Schema and table names come from users and
 * profiles; they are always quoted, so a name with quotes or semicolons stays a name.
 */
public final class SqlNames {
    private SqlNames() {
    }

    public static String quote(String identifier) {
        if (identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an identifier cannot contain a NUL character");
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    public static String qualified(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }
}
