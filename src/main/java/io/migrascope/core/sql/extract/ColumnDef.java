package io.migrascope.core.sql.extract;

import java.util.List;
import java.util.Set;

/**
 * One column definition of CREATE TABLE or ALTER TABLE ADD COLUMN.
 *
 * @param name normalised column name
 * @param type the type in format_type spelling, or null when not written (PARTITION OF / OF type
 *     columns) or not knowable ({@code %TYPE})
 * @param ownsSequence serial, bigserial, smallserial and identity columns get a sequence
 * @param constraints the inline constraints, unnamed ones still without a name
 */
record ColumnDef(String name, String type, boolean ownsSequence, List<ConstraintSpec> constraints) {
    private static final Set<String> SERIAL_TYPES = Set.of("smallserial", "serial2", "serial", "serial4", "bigserial",
            "serial8");

    /**
     * Reads {@code name type [constraints]}, or with {@code typed} false {@code name [WITH OPTIONS]
     * [constraints]} as in PARTITION OF and OF type.
     */
    static ColumnDef read(TokenStream in, boolean typed) {
        String name = in.identifier();
        String type = null;
        boolean serial = false;
        if (typed) {
            TypeName typeName = TypeReader.read(in);
            // transformColumnDefinition only treats an unqualified, non-array serial as the pseudo-type.
            if (typeName != null && typeName.schema() == null && !typeName.array()
                    && SERIAL_TYPES.contains(typeName.name())) {
                serial = true;
                typeName = typeName.withName(serialBase(typeName.name()));
            }
            type = typeName == null ? null : typeName.format(true);
        } else {
            in.acceptSequence("with", "options");
        }
        ConstraintParser.ColumnConstraints inline = ConstraintParser.columnConstraints(in, name);
        return new ColumnDef(name, type, serial || inline.identity(), inline.constraints());
    }

    private static String serialBase(String serial) {
        return switch (serial) {
            case "smallserial", "serial2" -> "int2";
            case "bigserial", "serial8" -> "int8";
            default -> "int4";
        };
    }

    /**
     * Records a column added to an existing table: the sequence it owns (named before the column is
     * added, as the server does), the column, and its inline constraints.
     */
    void recordAdded(QualifiedName table, StatementContext cx, List<ConstraintSpec> constraintSink) {
        FileState state = cx.state();
        cx.add(ObjectKind.COLUMN, table.schema(), name, table.name(), type, Effect.CREATES);
        if (ownsSequence) {
            String sequence = state.chooseRelationName(table.schema(), table.name(), name, "seq", false);
            state.addOwnedSequence(table, name, sequence);
            cx.add(ObjectKind.SEQUENCE, table.schema(), sequence, null, null, Effect.CREATES);
        }
        state.addColumn(table, name);
        constraintSink.addAll(constraints);
    }
}
