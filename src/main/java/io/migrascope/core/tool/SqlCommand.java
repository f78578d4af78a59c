package io.migrascope.core.tool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One SQL statement with its parameters, exactly as it will be sent. {@link #render()} inlines the
 * parameters as literals so that a preview shows what will run, not a template.
 */
public record SqlCommand(String sql, List<Object> params) {

    public SqlCommand {
        params = Collections.unmodifiableList(new ArrayList<>(params));
    }

    public static SqlCommand of(String sql, Object... params) {
        return new SqlCommand(sql, java.util.Arrays.asList(params));
    }

    /** The statement with parameters written as SQL literals, for previews and the journal. */
    public String render() {
        StringBuilder out = new StringBuilder(sql.length() + 64);
        int next = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?' && next < params.size()) {
                out.append(literal(params.get(next++)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** ARRAY['a', 'b'] — what the preview shows for an array parameter (Supabase's statements). */
    private static String arrayLiteral(java.util.Collection<?> items) {
        StringBuilder sb = new StringBuilder("ARRAY[");
        int i = 0;
        for (Object item : items) {
            sb.append(i++ == 0 ? "" : ", ").append(literal(item));
        }
        return sb.append(items.isEmpty() ? "]::text[]" : "]").toString();
    }

    static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Object[] array) {
            return arrayLiteral(java.util.Arrays.asList(array));
        }
        if (value instanceof java.util.Collection<?> list) {
            return arrayLiteral(list);
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }
}
