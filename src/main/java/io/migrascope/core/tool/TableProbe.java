package io.migrascope.core.tool;

import java.sql.SQLException;
import java.util.Map;

/** Looks up a table's columns during detection; empty when the table does not exist. */
@FunctionalInterface
public interface TableProbe {
    Map<String, String> columns(String schema, String table) throws SQLException;

    /** For detection from the folder alone. */
    TableProbe NO_DATABASE = (schema, table) -> Map.of();
}
