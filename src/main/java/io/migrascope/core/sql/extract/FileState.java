package io.migrascope.core.sql.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the statements read so far have created: relation and constraint names per schema (for the
 * server's "add a number until the name is free" loops), the columns of each table (so an unnamed CHECK
 * is named after the one column it uses), the table of each index, and the tables themselves (so a
 * reference to a table made earlier in the file is not reported as a dependency).
 *
 * <p>Only this file is known: a name already taken by an earlier migration makes the server pick
 * {@code ..._key1} where this class says {@code ..._key}. Changes made while reading a statement can be
 * undone with {@link #rollbackTo(int)} when the statement turns out not to parse.
 */
final class FileState {
    private final Map<String, Set<String>> relationNames = new HashMap<>();
    private final Map<String, Set<String>> constraintNames = new HashMap<>();
    private final Map<String, List<String>> columns = new HashMap<>();
    private final Map<String, String> indexTables = new HashMap<>();
    /** Sequences of serial and identity columns by table key + column; they go when the column goes. */
    private final Map<String, Map<String, String>> ownedSequences = new HashMap<>();
    private final List<QualifiedName> tables = new ArrayList<>();
    private final List<Runnable> undo = new ArrayList<>();

    int mark() {
        return undo.size();
    }

    void rollbackTo(int mark) {
        while (undo.size() > mark) {
            undo.remove(undo.size() - 1).run();
        }
    }

    /** ChooseRelationName: {@code name1_name2_label}, then label1, label2 ... until no relation has it. */
    String chooseRelationName(String schema, String name1, String name2, String label, boolean isConstraint) {
        String modLabel = label;
        for (int pass = 1;; pass++) {
            String candidate = DefaultNames.makeObjectName(name1, name2, modLabel);
            boolean taken = names(relationNames, schema).contains(candidate)
                    || isConstraint && names(constraintNames, schema).contains(candidate);
            if (!taken) {
                return candidate;
            }
            modLabel = label + pass;
        }
    }

    /** ChooseConstraintName: like {@link #chooseRelationName} against constraint names and {@code others}. */
    String chooseConstraintName(String schema, String name1, String name2, String label, Set<String> others) {
        String modLabel = label;
        for (int pass = 1;; pass++) {
            String candidate = DefaultNames.makeObjectName(name1, name2, modLabel);
            if (!others.contains(candidate) && !names(constraintNames, schema).contains(candidate)) {
                return candidate;
            }
            modLabel = label + pass;
        }
    }

    void addRelation(String schema, String name) {
        add(relationNames, schema, name);
    }

    void removeRelation(String schema, String name) {
        Set<String> set = names(relationNames, schema);
        if (set.remove(name)) {
            undo.add(() -> set.add(name));
        }
    }

    void addConstraint(String schema, String name) {
        add(constraintNames, schema, name);
    }

    /** @param tableColumns null when the statement does not list them (CREATE TABLE AS, PARTITION OF) */
    void addTable(QualifiedName table, List<String> tableColumns) {
        addRelation(table.schema(), table.name());
        tables.add(table);
        String key = key(table);
        List<String> previous = tableColumns == null ? columns.remove(key) : columns.put(key, new ArrayList<>(tableColumns));
        undo.add(() -> {
            tables.remove(tables.size() - 1);
            restore(columns, key, previous);
        });
    }

    /** Whether an earlier statement of the file created this table (unqualified matches any schema). */
    boolean createdTable(QualifiedName table) {
        return tables.stream().anyMatch(t -> t.sameAs(table));
    }

    /** The table's columns when this file created it, else null. */
    List<String> columnsOf(QualifiedName table) {
        List<String> known = columns.get(key(table));
        return known == null ? null : List.copyOf(known);
    }

    void addColumn(QualifiedName table, String column) {
        List<String> known = columns.get(key(table));
        if (known != null && !known.contains(column)) {
            known.add(column);
            undo.add(() -> known.remove(column));
        }
    }

    void removeColumn(QualifiedName table, String column) {
        List<String> known = columns.get(key(table));
        if (known != null && known.remove(column)) {
            undo.add(() -> known.add(column));
        }
    }

    void addOwnedSequence(QualifiedName table, String column, String sequence) {
        addRelation(table.schema(), sequence);
        Map<String, String> owned = ownedSequences.computeIfAbsent(key(table), k -> new HashMap<>());
        String previous = owned.put(column, sequence);
        undo.add(() -> restore(owned, column, previous));
    }

    /** The sequence a serial or identity column of this file owns, forgotten as the column is dropped. */
    String dropOwnedSequence(QualifiedName table, String column) {
        Map<String, String> owned = ownedSequences.get(key(table));
        String sequence = owned == null ? null : owned.remove(column);
        if (sequence != null) {
            undo.add(() -> owned.put(column, sequence));
            removeRelation(table.schema(), sequence);
        }
        return sequence;
    }

    /** The sequences owned by the table's columns, in no particular order. */
    List<String> ownedSequences(QualifiedName table) {
        Map<String, String> owned = ownedSequences.get(key(table));
        return owned == null ? List.of() : List.copyOf(owned.values());
    }

    void addIndex(String schema, String index, String table) {
        addRelation(schema, index);
        String key = key(new QualifiedName(schema, index));
        String previous = indexTables.put(key, table);
        undo.add(() -> restore(indexTables, key, previous));
    }

    /** The table of an index this file created, else null. */
    String tableOfIndex(QualifiedName index) {
        return indexTables.get(key(index));
    }

    private void add(Map<String, Set<String>> map, String schema, String name) {
        Set<String> set = names(map, schema);
        if (set.add(name)) {
            undo.add(() -> set.remove(name));
        }
    }

    private static Set<String> names(Map<String, Set<String>> map, String schema) {
        return map.computeIfAbsent(schema == null ? "" : schema, s -> new HashSet<>());
    }

    private static String key(QualifiedName name) {
        return (name.schema() == null ? "" : name.schema()) + "\u0000" + name.name();
    }

    private static <V> void restore(Map<String, V> map, String key, V previous) {
        if (previous == null) {
            map.remove(key);
        } else {
            map.put(key, previous);
        }
    }
}
