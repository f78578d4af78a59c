package io.migrascope.core.sql.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A type as the parser resolved it, before the catalog is consulted: the catalog name the grammar maps
 * keywords to ({@code int} is {@code int4}, {@code timestamptz} stays {@code timestamptz}), the type
 * modifiers as written, interval fields, and whether it is an array. {@link #format(boolean)} spells it
 * the way the server's {@code format_type} does, which is what the prober reads back from pg_attribute.
 *
 * @param schema as written, or null
 * @param name the catalog type name (normalised identifier)
 * @param modifiers each type modifier expression's text, e.g. ["10", "2"] for numeric(10,2)
 * @param intervalFields for interval, the fields in lower case ("day to second"), else null
 * @param array whether any array bounds followed
 */
record TypeName(String schema, String name, List<String> modifiers, String intervalFields, boolean array) {
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    /** Catalog type names that are also SQL keywords and so come out of quote_identifier quoted. */
    private static final Set<String> KEYWORD_TYPE_NAMES = Set.of("char", "user");

    TypeName {
        modifiers = List.copyOf(modifiers);
    }

    TypeName withName(String newName) {
        return new TypeName(schema, newName, modifiers, intervalFields, array);
    }

    boolean isBuiltin() {
        return schema == null || schema.equals("pg_catalog");
    }

    /**
     * The spelling of {@code format_type(oid, typmod)} for a column ({@code withTypmod}) or of
     * {@code format_type(oid, NULL)} for a function argument, whose modifiers the server drops.
     * A type in a schema other than pg_catalog or public is printed qualified, as format_type does for
     * types outside the default search_path.
     */
    String format(boolean withTypmod) {
        String base = isBuiltin() ? builtin(withTypmod) : null;
        if (base == null) {
            base = qualifiedName() + (withTypmod ? genericModifiers() : "");
        }
        return array ? base + "[]" : base;
    }

    private String builtin(boolean withTypmod) {
        String mods = withTypmod ? genericModifiers() : "";
        return switch (name) {
            case "bool" -> "boolean";
            case "int2" -> "smallint";
            case "int4" -> "integer";
            case "int8" -> "bigint";
            case "float4" -> "real";
            case "float8" -> "double precision";
            // bpchar without a length is not character(1): format_type reports it as bpchar.
            case "bpchar" -> withTypmod ? (modifiers.isEmpty() ? "bpchar" : "character" + mods) : "character";
            case "varchar" -> "character varying" + mods;
            case "bit" -> "bit" + mods;
            case "varbit" -> "bit varying" + mods;
            case "numeric" -> "numeric" + (withTypmod ? numericModifiers() : "");
            case "time" -> "time" + mods + " without time zone";
            case "timetz" -> "time" + mods + " with time zone";
            case "timestamp" -> "timestamp" + mods + " without time zone";
            case "timestamptz" -> "timestamp" + mods + " with time zone";
            case "interval" -> "interval" + (withTypmod && intervalFields != null ? " " + intervalFields : "") + mods;
            default -> null;
        };
    }

    /** numeric(p) means numeric(p,0); the typmod stores both. */
    private String numericModifiers() {
        if (modifiers.isEmpty()) {
            return "";
        }
        return "(" + modifiers.get(0) + "," + (modifiers.size() > 1 ? modifiers.get(1) : "0") + ")";
    }

    private String genericModifiers() {
        return modifiers.isEmpty() ? "" : "(" + String.join(",", modifiers) + ")";
    }

    private String qualifiedName() {
        String quoted = quoteIdentifier(name);
        return schema == null || schema.equals("pg_catalog") || schema.equals("public")
                ? quoted : quoteIdentifier(schema) + "." + quoted;
    }

    /** The server's quote_identifier for the names that occur as types. */
    static String quoteIdentifier(String identifier) {
        if (PLAIN_IDENTIFIER.matcher(identifier).matches() && !KEYWORD_TYPE_NAMES.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
