package io.migrascope.core.sql.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables an extraction says a file leaves behind, found by replaying its objects in order
 * (CREATES adds, ALTERS with a type changes it, DROPS removes), in the shapes {@link Catalog} reports.
 */
final class ExpectedSchema {
    /** One table's expected columns, constraints and indexes. */
    static final class Table {
        final Map<String, String> columns = new TreeMap<>();
        final Map<String, String> constraints = new TreeMap<>();
        final TreeSet<String> indexes = new TreeSet<>();
        /** What the last DROPS removed: a rename is a drop and a create without a detail. */
        String dropped;

        TreeSet<String> columnLines() {
            TreeSet<String> lines = new TreeSet<>();
            columns.forEach((name, type) -> lines.add(name + " " + type));
            return lines;
        }

        TreeSet<String> constraintLines() {
            TreeSet<String> lines = new TreeSet<>();
            constraints.forEach((name, kind) -> lines.add(name + " " + kind));
            return lines;
        }

        TreeSet<String> indexNames() {
            TreeSet<String> names = new TreeSet<>(indexes);
            constraints.forEach((name, kind) -> {
                if (kind.equals("PRIMARY KEY") || kind.equals("UNIQUE") || kind.equals("EXCLUDE")) {
                    names.add(name);
                }
            });
            return names;
        }
    }

    /** Tables by "schema|name" (schema empty when unqualified). */
    final Map<String, Table> tables = new LinkedHashMap<>();

    static ExpectedSchema replay(Extraction extraction) {
        ExpectedSchema schema = new ExpectedSchema();
        for (SchemaObject o : extraction.objects()) {
            schema.apply(o);
        }
        return schema;
    }

    private void apply(SchemaObject o) {
        switch (o.kind()) {
            case TABLE -> {
                if (o.effect() == Effect.CREATES) {
                    tables.putIfAbsent(key(o.schema(), o.name()), new Table());
                } else if (o.effect() == Effect.DROPS) {
                    tables.remove(key(o.schema(), o.name()));
                }
            }
            case COLUMN -> {
                Table t = table(o);
                if (o.effect() == Effect.DROPS) {
                    t.dropped = t.columns.remove(o.name());
                } else if (o.detail() != null || o.effect() == Effect.CREATES) {
                    t.columns.put(o.name(), o.detail() != null ? o.detail() : t.dropped);
                }
            }
            case CONSTRAINT -> {
                Table t = table(o);
                if (o.effect() == Effect.DROPS) {
                    t.dropped = t.constraints.remove(o.name());
                } else if (o.effect() == Effect.CREATES) {
                    t.constraints.put(o.name(), o.detail() != null ? o.detail() : t.dropped);
                }
            }
            case INDEX -> {
                Table t = table(o);
                if (o.effect() == Effect.DROPS) {
                    t.indexes.remove(o.name());
                } else if (o.effect() == Effect.CREATES) {
                    t.indexes.add(o.name());
                }
            }
            default -> {
                // sequences, types and the rest are checked one by one with Catalog#actual
            }
        }
    }

    private Table table(SchemaObject o) {
        return tables.computeIfAbsent(key(o.schema(), o.table()), k -> new Table());
    }

    /**
     * The CREATES objects a later statement does not drop again (itself, or the table it is on): what a
     * prober should find after the whole file ran.
     */
    static java.util.List<SchemaObject> survivors(Extraction extraction) {
        java.util.List<SchemaObject> objects = extraction.objects();
        java.util.List<SchemaObject> result = new java.util.ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            SchemaObject o = objects.get(i);
            if (o.effect() != Effect.CREATES) {
                continue;
            }
            boolean dropped = false;
            for (SchemaObject later : objects.subList(i + 1, objects.size())) {
                if (later.effect() != Effect.DROPS) {
                    continue;
                }
                boolean same = later.kind() == o.kind() && later.name().equals(o.name())
                        && java.util.Objects.equals(later.table(), o.table());
                boolean tableGone = later.kind() == ObjectKind.TABLE && later.name().equals(o.table());
                dropped |= same || tableGone;
            }
            if (!dropped) {
                result.add(o);
            }
        }
        return result;
    }

    static String key(String schema, String table) {
        return (schema == null ? "" : schema) + "|" + table;
    }
}
