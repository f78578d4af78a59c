package io.migrascope.core.tool;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import io.migrascope.core.model.ColumnValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tracking row exactly as read: column name to JDBC value, in column order. */
public final class RowImage {
    private RowImage() {
    }

    public static Map<String, Object> of(ResultSet rs) throws SQLException {
        return reader(rs).read(rs);
    }

    /** Reads rows of one result set, asking its metadata for the column labels once rather than per row. */
    public static Reader reader(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        String[] labels = new String[md.getColumnCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = md.getColumnLabel(i + 1);
        }
        return new Reader(List.of(labels));
    }

    /** The image of the current row; each value is decoded once, and typed fields are taken from it. */
    public static final class Reader {
        private final List<String> labels;
        /** A result with two columns of one name keeps the last, as a map does; only tracking tables never have one. */
        private final boolean uniqueLabels;

        private Reader(List<String> labels) {
            this.labels = labels;
            this.uniqueLabels = new java.util.HashSet<>(labels).size() == labels.size();
        }

        public Map<String, Object> read(ResultSet rs) throws SQLException {
            Object[] values = new Object[labels.size()];
            for (int i = 0; i < values.length; i++) {
                Object value = rs.getObject(i + 1);
                if (value instanceof java.sql.Array array) {
                    // Arrays are read eagerly: the row outlives the result set.
                    value = java.util.Arrays.asList((Object[]) array.getArray());
                }
                values[i] = value;
            }
            if (!uniqueLabels) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < values.length; i++) {
                    row.put(labels.get(i), values[i]);
                }
                return row;
            }
            return new ColumnValues(labels, values);
        }
    }

    /** A timestamp column's value as an instant (null stays null). */
    public static java.time.Instant instant(Map<String, Object> image, String column) {
        Object v = image.get(column);
        return v instanceof java.sql.Timestamp t ? t.toInstant() : null;
    }

    /** A text column's value (null stays null). */
    public static String text(Map<String, Object> image, String column) {
        Object v = image.get(column);
        return v == null ? null : v.toString();
    }

    /** A numeric column's value (null stays null). */
    public static Number number(Map<String, Object> image, String column) {
        return (Number) image.get(column);
    }
}
