package io.migrascope.core.tool;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tracking row exactly as read: column name to JDBC value, in column order. */
public final class RowImage {
    private RowImage() {
    }

    public static Map<String, Object> of(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            if (value instanceof java.sql.Array array) {
                // Arrays are read eagerly: the row outlives the result set.
                value = java.util.Arrays.asList((Object[]) array.getArray());
            }
            row.put(md.getColumnLabel(i), value);
        }
        return row;
    }
}
