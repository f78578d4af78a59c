package io.migrascope.core.sql.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives the constraints of one CREATE TABLE or ALTER TABLE their names, in the order the server
 * creates them, because that order decides who gets {@code _check} and who {@code _check1}: CHECK
 * constraints with the table, then the index-backed ones (the primary key first, exact duplicates
 * merged as transformIndexConstraints does), then foreign keys.
 */
final class ConstraintNamer {
    private ConstraintNamer() {
    }

    /**
     * Names, records and reports the constraints.
     *
     * @param columns the table's columns for naming CHECKs, or null when unknown
     */
    static void apply(List<ConstraintSpec> specs, QualifiedName table, List<String> columns, StatementContext cx) {
        FileState state = cx.state();
        String schema = table.schema();
        Set<String> checkNames = new HashSet<>();
        for (ConstraintSpec c : specs) {
            if (c.type().equals(ConstraintSpec.CHECK) && c.name() != null) {
                checkNames.add(c.name());
            }
        }
        for (ConstraintSpec c : specs) {
            if (c.type().equals(ConstraintSpec.CHECK)) {
                String name = c.name();
                if (name == null) {
                    String column = CheckColumns.singleColumn(c.expression(), columns);
                    name = state.chooseConstraintName(schema, table.name(), column, "check", checkNames);
                    checkNames.add(name);
                }
                record(c, name, table, cx);
            }
        }
        for (ConstraintSpec c : indexConstraints(specs)) {
            String name = c.name();
            if (name == null) {
                name = switch (c.type()) {
                    case ConstraintSpec.PRIMARY_KEY -> state.chooseRelationName(schema, table.name(), null, "pkey", true);
                    case ConstraintSpec.EXCLUDE -> state.chooseRelationName(schema, table.name(),
                            DefaultNames.joinColumnNames(DefaultNames.uniqueIndexColumnNames(c.columns())), "excl", true);
                    default -> state.chooseRelationName(schema, table.name(),
                            DefaultNames.joinColumnNames(DefaultNames.uniqueIndexColumnNames(c.columns())), "key", true);
                };
            }
            state.addIndex(schema, name, table.name());
            record(c, name, table, cx);
        }
        for (ConstraintSpec c : specs) {
            if (c.type().equals(ConstraintSpec.FOREIGN_KEY)) {
                String name = c.name() != null ? c.name()
                        : state.chooseConstraintName(schema, table.name(), DefaultNames.joinColumnNames(c.columns()),
                                "fkey", Set.of());
                record(c, name, table, cx);
                cx.reference(c.referenced(), "foreign key");
            }
        }
    }

    /** The primary key first, then the others in order, dropping repeats of an earlier column list. */
    private static List<ConstraintSpec> indexConstraints(List<ConstraintSpec> specs) {
        List<ConstraintSpec> ordered = new ArrayList<>();
        specs.stream().filter(c -> c.type().equals(ConstraintSpec.PRIMARY_KEY)).findFirst().ifPresent(ordered::add);
        for (ConstraintSpec c : specs) {
            if (!c.type().equals(ConstraintSpec.UNIQUE) && !c.type().equals(ConstraintSpec.EXCLUDE)) {
                continue;
            }
            int duplicate = -1;
            for (int i = 0; i < ordered.size() && !c.columns().isEmpty(); i++) {
                ConstraintSpec prior = ordered.get(i);
                if (!prior.type().equals(ConstraintSpec.EXCLUDE) && !c.type().equals(ConstraintSpec.EXCLUDE)
                        && prior.columns().equals(c.columns())) {
                    duplicate = i;
                }
            }
            if (duplicate < 0) {
                ordered.add(c);
            } else if (ordered.get(duplicate).name() == null && c.name() != null) {
                // The server keeps one index and gives it the name, if either constraint had one.
                ordered.set(duplicate, ordered.get(duplicate).withName(c.name()));
            }
        }
        return ordered;
    }

    private static void record(ConstraintSpec c, String name, QualifiedName table, StatementContext cx) {
        if (c.name() == null) {
            cx.nameHint(c.keywordOffset(), name);
        }
        cx.state().addConstraint(table.schema(), name);
        cx.add(ObjectKind.CONSTRAINT, table.schema(), name, table.name(), c.type(), Effect.CREATES);
    }
}
