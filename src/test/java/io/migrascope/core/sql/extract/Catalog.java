package io.migrascope.core.sql.extract;

import io.migrascope.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What the server has, asked the way a prober would: names resolved through the search_path when the
 * file left them unqualified, details spelled like {@link SchemaObject#detail()}.
 */
final class Catalog {
    /** Everything a migration can leave behind, one line per object, for comparing two databases. */
    static final String FINGERPRINT = """
            WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema')
                          AND nspname NOT LIKE 'pg_toast%' AND nspname NOT LIKE 'pg_temp%')
            SELECT 'schema ' || nspname FROM pg_namespace WHERE oid IN (SELECT oid FROM ns)
            UNION ALL SELECT 'relation ' || c.oid::regclass || ' ' || c.relkind::text FROM pg_class c
              WHERE c.relnamespace IN (SELECT oid FROM ns)
            UNION ALL SELECT 'column ' || a.attrelid::regclass || '.' || a.attname || ' '
                || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull FROM pg_attribute a
              JOIN pg_class c ON c.oid = a.attrelid
              WHERE c.relnamespace IN (SELECT oid FROM ns) AND a.attnum > 0 AND NOT a.attisdropped
            UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || contype::text
                || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace IN (SELECT oid FROM ns)
            UNION ALL SELECT 'trigger ' || tgrelid::regclass || ' ' || tgname FROM pg_trigger WHERE NOT tgisinternal
            UNION ALL SELECT 'policy ' || polrelid::regclass || ' ' || polname FROM pg_policy
            UNION ALL SELECT 'type ' || t.oid::regtype || ' ' || t.typtype::text || ' '
                || coalesce((SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum
                             WHERE enumtypid = t.oid), '') FROM pg_type t
              WHERE t.typnamespace IN (SELECT oid FROM ns) AND t.typtype IN ('e', 'd', 'r', 'c')
                AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
            UNION ALL SELECT 'function ' || p.oid::regprocedure FROM pg_proc p WHERE p.pronamespace IN (SELECT oid FROM ns)
            UNION ALL SELECT 'extension ' || extname FROM pg_extension
            ORDER BY 1
            """;

    private final TestDatabase db;

    Catalog(TestDatabase db) {
        this.db = db;
    }

    List<String> fingerprint() throws SQLException {
        return db.column(FINGERPRINT);
    }

    /**
     * What the server has for the object, in the spelling of {@link SchemaObject#detail()} ("" when the
     * object exists and that kind has no detail), or null when it is absent.
     */
    String actual(SchemaObject o) throws SQLException {
        String relation = o.table() != null ? qualified(o.schema(), o.table()) : qualified(o.schema(), o.name());
        return switch (o.kind()) {
            case TABLE -> relkind(relation, "r", "p", "f");
            case VIEW -> relkind(relation, "v");
            case MATERIALIZED_VIEW -> relkind(relation, "m");
            case SEQUENCE -> relkind(relation, "S");
            case INDEX -> one("SELECT '' FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                    + " WHERE i.indrelid = to_regclass(?) AND c.relname = ?", relation, o.name());
            case COLUMN -> one("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = to_regclass(?)"
                    + " AND attname = ? AND NOT attisdropped", relation, o.name());
            case CONSTRAINT -> one("SELECT CASE contype WHEN 'p' THEN 'PRIMARY KEY' WHEN 'u' THEN 'UNIQUE'"
                    + " WHEN 'f' THEN 'FOREIGN KEY' WHEN 'c' THEN 'CHECK' WHEN 'x' THEN 'EXCLUDE' ELSE contype::text END"
                    + " FROM pg_constraint WHERE conrelid = to_regclass(?) AND conname = ?", relation, o.name());
            case TRIGGER -> one("SELECT '' FROM pg_trigger WHERE tgrelid = to_regclass(?) AND tgname = ?", relation,
                    o.name());
            case POLICY -> one("SELECT '' FROM pg_policy WHERE polrelid = to_regclass(?) AND polname = ?", relation,
                    o.name());
            case TYPE -> one("SELECT CASE typtype WHEN 'e' THEN 'enum' WHEN 'c' THEN 'composite' WHEN 'd' THEN 'domain'"
                    + " WHEN 'r' THEN 'range' WHEN 'b' THEN 'base' ELSE typtype::text END FROM pg_type"
                    + " WHERE oid = to_regtype(?)", relation);
            case FUNCTION -> function(o);
            case SCHEMA -> one("SELECT '' FROM pg_namespace WHERE nspname = ?", o.name());
            case EXTENSION -> one("SELECT '' FROM pg_extension WHERE extname = ?", o.name());
        };
    }

    /** The table's columns as "name type". */
    TreeSet<String> columns(String schema, String table) throws SQLException {
        return all("SELECT attname || ' ' || format_type(atttypid, atttypmod) FROM pg_attribute"
                + " WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped", qualified(schema, table));
    }

    /** The table's constraints as "name KIND" (PostgreSQL 18's NOT NULL constraints left out). */
    TreeSet<String> constraints(String schema, String table) throws SQLException {
        return all("SELECT conname || ' ' || CASE contype WHEN 'p' THEN 'PRIMARY KEY' WHEN 'u' THEN 'UNIQUE'"
                + " WHEN 'f' THEN 'FOREIGN KEY' WHEN 'c' THEN 'CHECK' WHEN 'x' THEN 'EXCLUDE' END"
                + " FROM pg_constraint WHERE conrelid = to_regclass(?) AND contype <> 'n'", qualified(schema, table));
    }

    /** The names of the table's indexes, constraint indexes included. */
    TreeSet<String> indexes(String schema, String table) throws SQLException {
        return all("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE i.indrelid = to_regclass(?)", qualified(schema, table));
    }

    private String function(SchemaObject o) throws SQLException {
        List<String> signatures = new ArrayList<>(all("SELECT oidvectortypes(proargtypes) FROM pg_proc p WHERE proname = ?"
                + " AND (CASE WHEN ?::text IS NULL THEN pg_function_is_visible(p.oid)"
                + " ELSE pronamespace = to_regnamespace(?) END)", o.name(), o.schema(), quote(o.schema())));
        if (signatures.isEmpty()) {
            return null;
        }
        return o.detail() != null && signatures.contains(o.detail()) ? o.detail() : signatures.get(0);
    }

    private String relkind(String relation, String... kinds) throws SQLException {
        String kind = one("SELECT relkind::text FROM pg_class WHERE oid = to_regclass(?)", relation);
        return kind != null && List.of(kinds).contains(kind) ? "" : null;
    }

    private String one(String sql, String... parameters) throws SQLException {
        TreeSet<String> values = all(sql, parameters);
        return values.isEmpty() ? null : values.first();
    }

    private TreeSet<String> all(String sql, String... parameters) throws SQLException {
        TreeSet<String> values = new TreeSet<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    static String qualified(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    static String quote(String identifier) {
        return identifier == null ? null : '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
