package io.migrascope.core.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What exists in the database, read with one query per kind of object (never one per object), so
 * probing 10,000 migrations costs a handful of round trips. System schemas are left out.
 */
public final class CatalogSnapshot {
    private static final String USER_SCHEMAS =
            " n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'"
                    + " AND n.nspname NOT LIKE 'pg\\_temp%'";

    private final List<String> searchPath;
    private final Set<String> schemas = new HashSet<>();
    // Nested by schema (and table) rather than keyed by joined strings: the names a probe asks about
    // are the parser's own String objects, whose hash codes are computed once, while a joined key is
    // a new string to build and hash on every one of a 10,000-file probe's lookups.
    private final Named<Character> relations = new Named<>();
    private final Named<Map<String, String>> columns = new Named<>();
    private final Named<Map<String, Character>> constraints = new Named<>();
    private final Named<Character> types = new Named<>();
    private final Named<List<String>> functions = new Named<>();
    private final Set<String> extensions = new HashSet<>();
    private final Named<Set<String>> triggers = new Named<>();
    private final Named<Set<String>> policies = new Named<>();
    private final Map<String, String> typeNames = new HashMap<>();

    /** Values by schema and name. */
    private static final class Named<V> {
        private final Map<String, Map<String, V>> bySchema = new HashMap<>();

        V get(String schema, String name) {
            Map<String, V> inSchema = bySchema.get(schema);
            return inSchema == null ? null : inSchema.get(name);
        }

        void put(String schema, String name, V value) {
            bySchema.computeIfAbsent(schema, k -> new HashMap<>()).put(name, value);
        }

        V computeIfAbsent(String schema, String name, java.util.function.Supplier<V> make) {
            return bySchema.computeIfAbsent(schema, k -> new HashMap<>()).computeIfAbsent(name, k -> make.get());
        }

        java.util.stream.Stream<Map.Entry<String, V>> qualified() {
            return bySchema.entrySet().stream().flatMap(s -> s.getValue().entrySet().stream()
                    .map(e -> Map.entry(s.getKey() + "." + e.getKey(), e.getValue())));
        }
    }

    private CatalogSnapshot(List<String> searchPath) {
        this.searchPath = List.copyOf(searchPath);
    }

    public static CatalogSnapshot read(Connection c) throws SQLException {
        CatalogSnapshot s = new CatalogSnapshot(searchPath(c));
        try (Statement st = c.createStatement()) {
            each(st, "SELECT nspname FROM pg_catalog.pg_namespace n WHERE" + USER_SCHEMAS,
                    rs -> s.schemas.add(rs.getString(1)));
            each(st, "SELECT n.nspname, c.relname, c.relkind FROM pg_catalog.pg_class c"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE" + USER_SCHEMAS,
                    rs -> s.relations.put(rs.getString(1), rs.getString(2), rs.getString(3).charAt(0)));
            each(st, "SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod)"
                    + " FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND"
                    + USER_SCHEMAS,
                    rs -> s.columns.computeIfAbsent(rs.getString(1), rs.getString(2), HashMap::new)
                            .put(rs.getString(3), s.typeName(rs.getString(4))));
            each(st, "SELECT n.nspname, c.relname, con.conname, con.contype FROM pg_catalog.pg_constraint con"
                    + " JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE" + USER_SCHEMAS,
                    rs -> s.constraints.computeIfAbsent(rs.getString(1), rs.getString(2), HashMap::new)
                            .put(rs.getString(3), rs.getString(4).charAt(0)));
            each(st, "SELECT n.nspname, t.typname, t.typtype FROM pg_catalog.pg_type t"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
                    + " LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid"
                    + " WHERE t.typtype IN ('e', 'c', 'd', 'r') AND (c.oid IS NULL OR c.relkind = 'c') AND"
                    + USER_SCHEMAS,
                    rs -> s.types.put(rs.getString(1), rs.getString(2), rs.getString(3).charAt(0)));
            // The argument types only: identity arguments would include names the file may not use.
            each(st, "SELECT n.nspname, p.proname, pg_catalog.oidvectortypes(p.proargtypes)"
                    + " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE"
                    + USER_SCHEMAS,
                    rs -> s.functions.computeIfAbsent(rs.getString(1), rs.getString(2), ArrayList::new)
                            .add(rs.getString(3)));
            each(st, "SELECT extname FROM pg_catalog.pg_extension", rs -> s.extensions.add(rs.getString(1)));
            each(st, "SELECT n.nspname, c.relname, t.tgname FROM pg_catalog.pg_trigger t"
                    + " JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND"
                    + USER_SCHEMAS,
                    rs -> s.triggers.computeIfAbsent(rs.getString(1), rs.getString(2), HashSet::new).add(rs.getString(3)));
            each(st, "SELECT n.nspname, c.relname, p.polname FROM pg_catalog.pg_policy p"
                    + " JOIN pg_catalog.pg_class c ON c.oid = p.polrelid"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE" + USER_SCHEMAS,
                    rs -> s.policies.computeIfAbsent(rs.getString(1), rs.getString(2), HashSet::new).add(rs.getString(3)));
        }
        return s;
    }

    private static List<String> searchPath(Connection c) throws SQLException {
        List<String> path = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT unnest(current_schemas(false))")) {
            while (rs.next()) {
                path.add(rs.getString(1));
            }
        }
        return path;
    }

    private interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void each(Statement st, String sql, RowConsumer consumer) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                consumer.accept(rs);
            }
        }
    }

    /** One copy of each type name: tens of thousands of columns share a few dozen types. */
    private String typeName(String formatted) {
        return typeNames.computeIfAbsent(formatted, t -> t);
    }

    /**
     * The schema an unqualified name resolves to: the first schema of the search path where
     * {@code exists} holds, else the first schema of the path (where CREATE would have put it).
     */
    public String resolve(String schema, java.util.function.Predicate<String> exists) {
        if (schema != null) {
            return schema;
        }
        for (String s : searchPath) {
            if (exists.test(s)) {
                return s;
            }
        }
        return searchPath.isEmpty() ? "public" : searchPath.get(0);
    }

    public boolean hasSchema(String schema) {
        return schemas.contains(schema);
    }

    /** The relkind ('r' table, 'p' partitioned, 'v' view, 'm' matview, 'i' index, 'S' sequence), or null. */
    public Character relation(String schema, String name) {
        return relations.get(schema, name);
    }

    /** The column's type as {@code format_type} prints it, or null when the column is absent. */
    public String columnType(String schema, String table, String column) {
        Map<String, String> ofTable = columns.get(schema, table);
        return ofTable == null ? null : ofTable.get(column);
    }

    /** The constraint type ('p', 'f', 'u', 'c', 'x'), or null. */
    public Character constraint(String schema, String table, String name) {
        Map<String, Character> ofTable = constraints.get(schema, table);
        return ofTable == null ? null : ofTable.get(name);
    }

    /** The type kind ('e' enum, 'c' composite, 'd' domain, 'r' range), or null. */
    public Character type(String schema, String name) {
        return types.get(schema, name);
    }

    /** The argument type lists of the functions of that name (overloads), empty when none. */
    public List<String> functionSignatures(String schema, String name) {
        List<String> found = functions.get(schema, name);
        return found == null ? List.of() : found;
    }

    public boolean hasExtension(String name) {
        return extensions.contains(name);
    }

    public boolean hasTrigger(String schema, String table, String name) {
        Set<String> ofTable = triggers.get(schema, table);
        return ofTable != null && ofTable.contains(name);
    }

    public boolean hasPolicy(String schema, String table, String name) {
        Set<String> ofTable = policies.get(schema, table);
        return ofTable != null && ofTable.contains(name);
    }

    /** True when no user table exists at all (a fresh database). */
    public boolean hasNoTables() {
        return relations.qualified().noneMatch(e -> e.getValue() == 'r' || e.getValue() == 'p');
    }

    /** The user tables, qualified, for evidence ("23 tables exist"). */
    public long tableCount(java.util.Set<String> excludingQualified) {
        return relations.qualified()
                .filter(e -> e.getValue() == 'r' || e.getValue() == 'p')
                .map(Map.Entry::getKey)
                .filter(q -> !excludingQualified.contains(q))
                .count();
    }
}
