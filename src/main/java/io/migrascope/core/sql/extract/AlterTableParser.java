package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER TABLE with its comma-separated subcommands (ADD / DROP / ALTER COLUMN, ADD / DROP / VALIDATE
 * CONSTRAINT, row level security and other table-wide settings) and the forms that stand alone (RENAME,
 * SET SCHEMA). A rename is reported as the old object dropped and the new one created, which is what a
 * prober sees.
 */
final class AlterTableParser {
    private AlterTableParser() {
    }

    /** After {@code ALTER [FOREIGN] TABLE}. */
    static void parse(TokenStream in, StatementContext cx) {
        in.acceptSequence("if", "exists");
        in.accept("only");
        QualifiedName table = cx.resolve(in.qualifiedName());
        if (in.peekIs(TokenType.OPERATOR) && in.peek().text().equals("*")) {
            in.next();
        }
        cx.reference(table, "alter table");
        if (in.accept("rename")) {
            rename(in, table, cx);
            return;
        }
        if (in.acceptSequence("set", "schema")) {
            QualifiedName moved = new QualifiedName(in.identifier(), table.name());
            cx.add(ObjectKind.TABLE, table.schema(), table.name(), null, null, Effect.DROPS);
            cx.add(ObjectKind.TABLE, moved.schema(), moved.name(), null, null, Effect.CREATES);
            cx.state().addTable(moved, cx.state().columnsOf(table));
            return;
        }
        List<ConstraintSpec> added = new ArrayList<>();
        boolean tableAltered = false;
        for (TokenStream command : in.splitTopLevel(TokenType.COMMA)) {
            tableAltered |= subcommand(command, table, cx, added);
        }
        if (tableAltered) {
            cx.add(ObjectKind.TABLE, table.schema(), table.name(), null, null, Effect.ALTERS);
        }
        ConstraintNamer.apply(added, table, cx.state().columnsOf(table), cx);
    }

    /** @return whether the subcommand changes the table itself rather than a column or constraint */
    private static boolean subcommand(TokenStream in, QualifiedName table, StatementContext cx,
            List<ConstraintSpec> added) {
        if (in.accept("add")) {
            if (!in.accept("column") && ConstraintParser.startsTableConstraint(in)) {
                ConstraintSpec c = ConstraintParser.tableConstraint(in);
                if (c != null) {
                    added.add(c);
                }
                return false;
            }
            in.acceptSequence("if", "not", "exists");
            ColumnDef.read(in, true).recordAdded(table, cx, added);
            return false;
        }
        if (in.accept("drop")) {
            if (in.accept("constraint")) {
                in.acceptSequence("if", "exists");
                cx.add(ObjectKind.CONSTRAINT, table.schema(), in.identifier(), table.name(), null, Effect.DROPS);
                return false;
            }
            in.accept("column");
            in.acceptSequence("if", "exists");
            String column = in.identifier();
            cx.add(ObjectKind.COLUMN, table.schema(), column, table.name(), null, Effect.DROPS);
            cx.state().removeColumn(table, column);
            String sequence = cx.state().dropOwnedSequence(table, column);
            if (sequence != null) {
                // A serial column's sequence is owned by it and goes with it.
                cx.add(ObjectKind.SEQUENCE, table.schema(), sequence, null, null, Effect.DROPS);
            }
            return false;
        }
        if (in.accept("alter")) {
            if (in.accept("constraint")) {
                cx.add(ObjectKind.CONSTRAINT, table.schema(), in.identifier(), table.name(), null, Effect.ALTERS);
                return false;
            }
            in.accept("column");
            alterColumn(in, table, cx);
            return false;
        }
        if (in.acceptSequence("validate", "constraint")) {
            cx.add(ObjectKind.CONSTRAINT, table.schema(), in.identifier(), table.name(), null, Effect.ALTERS);
            return false;
        }
        if (in.acceptSequence("attach", "partition")) {
            cx.reference(cx.resolve(in.qualifiedName()), "attach partition");
        } else if (in.acceptSequence("detach", "partition")) {
            cx.reference(cx.resolve(in.qualifiedName()), "detach partition");
        } else if (in.accept("inherit")) {
            cx.reference(cx.resolve(in.qualifiedName()), "inherits");
        }
        // ENABLE ROW LEVEL SECURITY, OWNER TO, SET (...), REPLICA IDENTITY, CLUSTER ON ...
        return true;
    }

    /** {@code c [SET DATA] TYPE t}, {@code c SET DEFAULT ...}, {@code c ADD GENERATED ... AS IDENTITY}. */
    private static void alterColumn(TokenStream in, QualifiedName table, StatementContext cx) {
        String column = in.identifier();
        String type = null;
        if (in.acceptSequence("set", "data", "type") || in.accept("type")) {
            TypeName typeName = TypeReader.read(in);
            type = typeName == null ? null : typeName.format(true);
        } else if (in.acceptSequence("add", "generated")) {
            FileState state = cx.state();
            String sequence = state.chooseRelationName(table.schema(), table.name(), column, "seq", false);
            state.addOwnedSequence(table, column, sequence);
            cx.add(ObjectKind.SEQUENCE, table.schema(), sequence, null, null, Effect.CREATES);
        }
        cx.add(ObjectKind.COLUMN, table.schema(), column, table.name(), type, Effect.ALTERS);
    }

    /** {@code RENAME TO t2}, {@code RENAME [COLUMN] a TO b}, {@code RENAME CONSTRAINT a TO b}. */
    private static void rename(TokenStream in, QualifiedName table, StatementContext cx) {
        FileState state = cx.state();
        if (in.accept("to")) {
            QualifiedName renamed = new QualifiedName(table.schema(), in.identifier());
            cx.add(ObjectKind.TABLE, table.schema(), table.name(), null, null, Effect.DROPS);
            cx.add(ObjectKind.TABLE, renamed.schema(), renamed.name(), null, null, Effect.CREATES);
            state.removeRelation(table.schema(), table.name());
            state.addTable(renamed, state.columnsOf(table));
            return;
        }
        ObjectKind kind = in.accept("constraint") ? ObjectKind.CONSTRAINT : ObjectKind.COLUMN;
        if (kind == ObjectKind.COLUMN) {
            in.accept("column");
        }
        String from = in.identifier();
        in.expectWord("to");
        String to = in.identifier();
        cx.add(kind, table.schema(), from, table.name(), null, Effect.DROPS);
        cx.add(kind, table.schema(), to, table.name(), null, Effect.CREATES);
        if (kind == ObjectKind.COLUMN) {
            state.removeColumn(table, from);
            state.addColumn(table, to);
        } else {
            state.addConstraint(table.schema(), to);
        }
    }
}
