package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlToken;
import io.migrascope.core.sql.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads table constraints ({@code CONSTRAINT name PRIMARY KEY (a, b)}, {@code FOREIGN KEY ... REFERENCES})
 * and the constraint list after a column's type, for CREATE TABLE and ALTER TABLE ADD alike. Clauses
 * that do not change which objects exist (DEFERRABLE, ON DELETE, WITH (...), USING INDEX TABLESPACE)
 * are stepped over.
 */
final class ConstraintParser {
    /** Words that start a column constraint, and so end a DEFAULT expression. */
    private static final String[] COLUMN_CONSTRAINT_START = {"constraint", "not", "null", "check", "default", "unique",
        "primary", "references", "generated", "collate", "deferrable", "initially", "compression", "storage"};

    /** A column's constraints and whether it is an identity column (which owns a sequence). */
    record ColumnConstraints(List<ConstraintSpec> constraints, boolean identity) {
    }

    private ConstraintParser() {
    }

    static boolean startsTableConstraint(TokenStream in) {
        return in.peekWord("constraint", "check", "unique", "primary", "foreign", "exclude");
    }

    /**
     * One table constraint; the stream must be at CONSTRAINT or the constraint keyword.
     *
     * @return null for a constraint the extractor does not track (PostgreSQL 18's table-level NOT NULL)
     */
    static ConstraintSpec tableConstraint(TokenStream in) {
        String name = in.accept("constraint") ? in.identifier() : null;
        SqlToken keyword = in.peek();
        if (keyword == null) {
            throw new ParseFailure("constraint expected");
        }
        int offset = keyword.startOffset();
        if (in.accept("check")) {
            return new ConstraintSpec(ConstraintSpec.CHECK, name, List.of(), null, in.parenthesised().remaining(), offset);
        }
        if (in.accept("unique")) {
            nullsDistinct(in);
            return keyConstraint(in, ConstraintSpec.UNIQUE, name, offset);
        }
        if (in.acceptSequence("primary", "key")) {
            return keyConstraint(in, ConstraintSpec.PRIMARY_KEY, name, offset);
        }
        if (in.acceptSequence("foreign", "key")) {
            List<String> columns = columnList(in);
            in.expectWord("references");
            QualifiedName target = in.qualifiedName();
            skipReferenceClauses(in);
            return new ConstraintSpec(ConstraintSpec.FOREIGN_KEY, name, columns, target, List.of(), offset);
        }
        if (in.accept("exclude")) {
            if (in.accept("using")) {
                in.identifier();
            }
            List<String> columns = new ArrayList<>();
            for (TokenStream element : in.parenthesised().splitTopLevel(TokenType.COMMA)) {
                columns.add(IndexParser.elementName(element));
            }
            return new ConstraintSpec(ConstraintSpec.EXCLUDE, name, columns, null, List.of(), offset);
        }
        if (in.acceptSequence("not", "null")) {
            return null;
        }
        throw new ParseFailure("unknown constraint " + in.describeNext());
    }

    /** {@code (a, b)} or {@code USING INDEX idx}, whose name the constraint takes when it has none. */
    private static ConstraintSpec keyConstraint(TokenStream in, String type, String name, int offset) {
        if (in.acceptSequence("using", "index")) {
            String index = in.identifier();
            return new ConstraintSpec(type, name == null ? index : name, List.of(), null, List.of(), offset);
        }
        return new ConstraintSpec(type, name, columnList(in), null, List.of(), offset);
    }

    /**
     * The constraints after a column's type, up to the end of the column definition.
     *
     * @param column the column, which inline constraints apply to
     */
    static ColumnConstraints columnConstraints(TokenStream in, String column) {
        List<ConstraintSpec> result = new ArrayList<>();
        boolean identity = false;
        String name = null;
        while (!in.atEnd()) {
            SqlToken keyword = in.peek();
            int offset = keyword.startOffset();
            if (in.accept("constraint")) {
                name = in.identifier();
                continue;
            }
            if (in.accept("check")) {
                result.add(new ConstraintSpec(ConstraintSpec.CHECK, name, List.of(), null,
                        in.parenthesised().remaining(), offset));
                in.acceptSequence("no", "inherit");
            } else if (in.accept("unique")) {
                nullsDistinct(in);
                result.add(new ConstraintSpec(ConstraintSpec.UNIQUE, name, List.of(column), null, List.of(), offset));
            } else if (in.acceptSequence("primary", "key")) {
                result.add(new ConstraintSpec(ConstraintSpec.PRIMARY_KEY, name, List.of(column), null, List.of(),
                        offset));
            } else if (in.accept("references")) {
                QualifiedName target = in.qualifiedName();
                skipReferenceClauses(in);
                result.add(new ConstraintSpec(ConstraintSpec.FOREIGN_KEY, name, List.of(column), target, List.of(),
                        offset));
            } else if (in.accept("default")) {
                skipDefault(in);
            } else if (in.accept("generated")) {
                identity |= generated(in);
            } else {
                in.next(); // NOT NULL, NULL, COLLATE x, DEFERRABLE, WITH (...) and the like name nothing
                in.skipParenthesised();
            }
            name = null;
        }
        return new ColumnConstraints(result, identity);
    }

    /** {@code GENERATED ALWAYS AS (expr) STORED} or {@code GENERATED ... AS IDENTITY [(options)]}. */
    private static boolean generated(TokenStream in) {
        in.accept("always");
        in.acceptSequence("by", "default");
        in.expectWord("as");
        if (in.accept("identity")) {
            in.skipParenthesised();
            return true;
        }
        in.skipParenthesised();
        in.accept("stored", "virtual");
        return false;
    }

    /** DEFAULT takes a b_expr: everything up to the next constraint keyword at this level. */
    private static void skipDefault(TokenStream in) {
        boolean first = true;
        while (!in.atEnd()) {
            if (!first && in.peekWord(COLUMN_CONSTRAINT_START)) {
                return;
            }
            if (in.peekIs(TokenType.LEFT_PAREN)) {
                in.parenthesised();
            } else {
                in.next();
            }
            first = false;
        }
    }

    /** {@code [(cols)] [MATCH x] [ON DELETE|UPDATE action [(cols)]]...}: nothing that names an object. */
    private static void skipReferenceClauses(TokenStream in) {
        in.skipParenthesised();
        while (true) {
            if (in.accept("match")) {
                in.next();
            } else if (in.peekWord("on") && (in.peekWordAt(1, "delete") || in.peekWordAt(1, "update"))) {
                in.next();
                in.next();
                if (!in.acceptSequence("no", "action") && !in.accept("restrict", "cascade")) {
                    in.expectWord("set");
                    in.accept("null", "default");
                    in.skipParenthesised();
                }
            } else {
                return;
            }
        }
    }

    private static void nullsDistinct(TokenStream in) {
        if (in.accept("nulls")) {
            in.accept("not");
            in.expectWord("distinct");
        }
    }

    /** {@code (a, "B", c)} as normalised names. */
    static List<String> columnList(TokenStream in) {
        List<String> columns = new ArrayList<>();
        for (TokenStream part : in.parenthesised().splitTopLevel(TokenType.COMMA)) {
            columns.add(part.identifier());
        }
        return columns;
    }
}
