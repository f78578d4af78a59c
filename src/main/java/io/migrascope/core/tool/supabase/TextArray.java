package io.migrascope.core.tool.supabase;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.List;
import java.util.Map;

/**
 * A {@code text[]} parameter that a preview can print. Supabase stores each migration's statements
 * as {@code text[]}; our commands carry parameters that {@code SqlCommand.render()} writes as
 * literals, and a Java {@code String[]} would print as {@code [Ljava.lang.String;@1b6d3586}.
 *
 * <p>{@link #toString()} is the PostgreSQL array literal ({@code {"create table a (id int)"}}), so the
 * rendered preview is valid SQL that stores the same array; pgjdbc's {@code setArray} sends an
 * {@code Array} that is not its own as exactly this text, typed by {@link #getBaseTypeName()}.
 */
public final class TextArray implements Array {
    private final List<String> elements;

    public TextArray(List<String> elements) {
        this.elements = List.copyOf(elements);
    }

    public List<String> elements() {
        return elements;
    }

    @Override
    public String getBaseTypeName() {
        return "text";
    }

    @Override
    public int getBaseType() {
        return Types.VARCHAR;
    }

    @Override
    public Object getArray() {
        return elements.toArray(String[]::new);
    }

    @Override
    public Object getArray(Map<String, Class<?>> map) {
        return getArray();
    }

    @Override
    public Object getArray(long index, int count) {
        int from = Math.toIntExact(index - 1);
        return elements.subList(from, from + count).toArray(String[]::new);
    }

    @Override
    public Object getArray(long index, int count, Map<String, Class<?>> map) {
        return getArray(index, count);
    }

    @Override
    public ResultSet getResultSet() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("a statements parameter is only ever sent, never read back");
    }

    @Override
    public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLFeatureNotSupportedException {
        return getResultSet();
    }

    @Override
    public ResultSet getResultSet(long index, int count) throws SQLFeatureNotSupportedException {
        return getResultSet();
    }

    @Override
    public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map)
            throws SQLFeatureNotSupportedException {
        return getResultSet();
    }

    @Override
    public void free() {
        // Nothing is held outside the heap.
    }

    /** The array literal: every element double-quoted, with {@code "} and {@code \} escaped by a backslash. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(16 + elements.stream().mapToInt(String::length).sum());
        out.append('{');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"');
            String e = elements.get(i);
            for (int j = 0; j < e.length(); j++) {
                char c = e.charAt(j);
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
            out.append('"');
        }
        return out.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextArray t && t.elements.equals(elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode();
    }
}
