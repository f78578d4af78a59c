package io.migrascope.core.tool;

import java.sql.SQLException;
import java.util.Map;

/** Looks up a table's columns during detection; empty when the table does not exist. */
@FunctionalInterface
public interface TableProbe {
    Map<String, String> columns(String schema, String table) throws SQLException;

    /** For detection from the folder alone. */
    TableProbe NO_DATABASE = (schema, table) -> Map.of();

    /**
     * Asks {@code probe} once per table: several tools share a table name ({@code schema_migrations}
     * is native, dbmate, golang-migrate and Rails), and each question is a round trip.
     */
    static TableProbe remembering(TableProbe probe) {
        Map<String, Map<String, String>> seen = new java.util.HashMap<>();
        return (schema, table) -> {
            String key = schema + "\u0000" + table;
            Map<String, String> columns = seen.get(key);
            if (columns == null) {
                columns = probe.columns(schema, table);
                seen.put(key, columns);
            }
            return columns;
        };
    }
}
