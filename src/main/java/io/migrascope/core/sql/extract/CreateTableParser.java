package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE TABLE in its forms: a column list (with column and table constraints, LIKE and INHERITS),
 * PARTITION OF, OF type, and CREATE TABLE AS. Serial and identity columns also create a sequence,
 * named {@code table_column_seq} like the server does.
 */
final class CreateTableParser {
    private CreateTableParser() {
    }

    /** After {@code CREATE ... TABLE}: {@code [IF NOT EXISTS] name ...}. */
    static void parse(TokenStream in, StatementContext cx) {
        in.acceptSequence("if", "not", "exists");
        QualifiedName table = cx.resolve(in.qualifiedName());
        if (in.findTopLevelWord("as") >= 0) {
            cx.state().addTable(table, null);
            cx.add(ObjectKind.TABLE, table.schema(), table.name(), null, null, Effect.CREATES);
            cx.note("CREATE TABLE AS", "columns of " + table + " come from a query and are not extracted");
            return;
        }
        boolean typedColumns = true;
        if (in.acceptSequence("partition", "of")) {
            cx.reference(cx.resolve(in.qualifiedName()), "partition of");
            typedColumns = false;
        } else if (in.accept("of")) {
            in.qualifiedName();
            typedColumns = false;
        }
        List<TokenStream> elements = in.peekIs(TokenType.LEFT_PAREN)
                ? in.parenthesised().splitTopLevel(TokenType.COMMA) : List.of();
        List<ColumnDef> columns = new ArrayList<>();
        List<ConstraintSpec> constraints = new ArrayList<>();
        for (TokenStream element : elements) {
            if (element.accept("like")) {
                QualifiedName source = cx.resolve(element.qualifiedName());
                cx.reference(source, "like");
                cx.note("CREATE TABLE ... LIKE", "columns copied from " + source + " are not extracted");
            } else if (ConstraintParser.startsTableConstraint(element)) {
                ConstraintSpec c = ConstraintParser.tableConstraint(element);
                if (c != null) {
                    constraints.add(c);
                }
            } else {
                ColumnDef column = ColumnDef.read(element, typedColumns);
                constraints.addAll(column.constraints());
                if (typedColumns) {
                    columns.add(column);
                }
            }
        }
        if (in.accept("inherits")) {
            for (TokenStream parent : in.parenthesised().splitTopLevel(TokenType.COMMA)) {
                cx.reference(cx.resolve(parent.qualifiedName()), "inherits");
            }
        }
        record(table, typedColumns ? columns : null, constraints, cx);
    }

    /**
     * Records the table, its columns, the sequences of serial columns and its constraints.
     *
     * @param declared null when the columns come from elsewhere (PARTITION OF, OF type)
     */
    private static void record(QualifiedName table, List<ColumnDef> declared, List<ConstraintSpec> constraints,
            StatementContext cx) {
        FileState state = cx.state();
        List<ColumnDef> columns = declared == null ? List.of() : declared;
        List<String> sequences = new ArrayList<>();
        for (ColumnDef c : columns) {
            if (c.ownsSequence()) {
                // The sequences are created before the table, so they are named first.
                String sequence = state.chooseRelationName(table.schema(), table.name(), c.name(), "seq", false);
                state.addOwnedSequence(table, c.name(), sequence);
                sequences.add(sequence);
            }
        }
        List<String> names = declared == null ? null : columns.stream().map(ColumnDef::name).toList();
        state.addTable(table, names);
        cx.add(ObjectKind.TABLE, table.schema(), table.name(), null, null, Effect.CREATES);
        for (ColumnDef c : columns) {
            cx.add(ObjectKind.COLUMN, table.schema(), c.name(), table.name(), c.type(), Effect.CREATES);
        }
        for (String sequence : sequences) {
            cx.add(ObjectKind.SEQUENCE, table.schema(), sequence, null, null, Effect.CREATES);
        }
        ConstraintNamer.apply(constraints, table, names, cx);
    }
}
