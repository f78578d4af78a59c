package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlToken;
import io.migrascope.core.sql.TokenType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ALTER half of {@link IdempotencyRules}: ADD COLUMN and DROP COLUMN / CONSTRAINT get IF [NOT]
 * EXISTS; ADD CONSTRAINT, which has none, is caught in a DO block, and an unnamed one first gets the
 * name PostgreSQL would choose (else every run adds another copy, {@code t_a_check1} and so on);
 * renames get IF EXISTS where PostgreSQL has it and a DO block where it does not; ALTER TYPE ... ADD
 * VALUE gets IF NOT EXISTS.
 */
final class AlterIdempotency {
    private AlterIdempotency() {
    }

    /** After ALTER. */
    static void alter(TokenStream in, List<Repair> repairs, int index, ObjectExtractor.Analysis analysis) {
        if (in.accept("table") || in.acceptSequence("foreign", "table")) {
            table(in, repairs, index, analysis);
        } else if (in.accept("type")) {
            String name = in.qualifiedName().toString();
            if (in.acceptSequence("add", "value") && !in.acceptSequence("if", "not", "exists")) {
                SqlToken value = in.previous();
                repairs.add(Repair.insert(value.line(), "fails with 42710 duplicate_object when enum " + name
                        + " already has the label", "ALTER TYPE " + name + " ADD VALUE IF NOT EXISTS",
                        value.endOffset(), IdempotencyRules.keywords(value, " IF NOT EXISTS")));
            }
        } else if (in.accept("index", "sequence", "view") || in.acceptSequence("materialized", "view")) {
            SqlToken keyword = in.previous();
            if (in.acceptSequence("if", "exists")) {
                return;
            }
            String name = in.qualifiedName().toString();
            if (in.acceptSequence("rename", "to")) {
                repairs.add(Repair.insert(keyword.line(), "fails with 42P01 undefined_table once " + name
                        + " has been renamed", "ALTER ... IF EXISTS " + name + " RENAME TO ...", keyword.endOffset(),
                        IdempotencyRules.keywords(keyword, " IF EXISTS")));
            }
        }
    }

    private static void table(TokenStream in, List<Repair> repairs, int index, ObjectExtractor.Analysis analysis) {
        SqlToken keyword = in.previous();
        boolean ifExists = in.acceptSequence("if", "exists");
        in.accept("only");
        String table = in.qualifiedName().toString();
        if (in.peekIs(TokenType.OPERATOR) && in.peek().text().equals("*")) {
            in.next();
        }
        if (in.accept("rename")) {
            SqlToken rename = in.previous();
            if (in.accept("to")) {
                if (!ifExists) {
                    repairs.add(Repair.insert(keyword.line(), "fails with 42P01 undefined_table once " + table
                            + " has been renamed", "ALTER TABLE IF EXISTS " + table + " RENAME TO ...",
                            keyword.endOffset(), IdempotencyRules.keywords(keyword, " IF EXISTS")));
                }
            } else {
                boolean constraint = in.accept("constraint");
                String condition = constraint ? "undefined_object" : "undefined_column";
                String code = constraint ? "42704 " : "42703 ";
                repairs.add(Repair.wrap(rename.line(), "fails with " + code + condition + " once the "
                        + (constraint ? "constraint" : "column") + " has been renamed",
                        IdempotencyRules.wrapFix(condition), List.of(), Set.of(condition)));
            }
            return;
        }
        if (in.acceptSequence("set", "schema")) {
            if (!ifExists) {
                repairs.add(Repair.insert(keyword.line(), "fails with 42P01 undefined_table once " + table
                        + " has moved", "ALTER TABLE IF EXISTS " + table + " SET SCHEMA ...", keyword.endOffset(),
                        IdempotencyRules.keywords(keyword, " IF EXISTS")));
            }
            return;
        }
        for (TokenStream command : in.splitTopLevel(TokenType.COMMA)) {
            subcommand(command, table, repairs, index, analysis);
        }
    }

    private static void subcommand(TokenStream in, String table, List<Repair> repairs, int index,
            ObjectExtractor.Analysis analysis) {
        if (in.accept("add")) {
            SqlToken add = in.previous();
            boolean column = in.accept("column");
            if (!column && ConstraintParser.startsTableConstraint(in)) {
                addConstraint(in, table, repairs, index, analysis, add);
                return;
            }
            SqlToken keyword = in.previous();
            if (!in.acceptSequence("if", "not", "exists")) {
                String name = in.identifier();
                repairs.add(Repair.insert(add.line(), "fails with 42701 duplicate_column when column " + table + "."
                        + name + " already exists", "ADD COLUMN IF NOT EXISTS " + name, keyword.endOffset(),
                        IdempotencyRules.keywords(keyword, " IF NOT EXISTS")));
            }
        } else if (in.accept("drop")) {
            SqlToken drop = in.previous();
            boolean constraint = in.accept("constraint");
            if (!constraint) {
                in.accept("column");
            }
            SqlToken keyword = in.previous();
            if (!in.acceptSequence("if", "exists")) {
                String name = in.identifier();
                String what = constraint ? "constraint" : "column";
                String code = constraint ? "42704 undefined_object" : "42703 undefined_column";
                repairs.add(Repair.insert(drop.line(), "fails with " + code + " once " + what + " " + name
                        + " has been dropped", "DROP " + what.toUpperCase(Locale.ROOT) + " IF EXISTS "
                        + name, keyword.endOffset(), IdempotencyRules.keywords(keyword, " IF EXISTS")));
            }
        }
    }

    private static void addConstraint(TokenStream in, String table, List<Repair> repairs, int index,
            ObjectExtractor.Analysis analysis, SqlToken add) {
        ConstraintSpec c = ConstraintParser.tableConstraint(in);
        if (c == null) {
            return;
        }
        List<Repair.Insertion> insertions = new ArrayList<>();
        String name = c.name();
        String why;
        if (name == null) {
            name = analysis.hint(index, c.keywordOffset());
            if (name == null) {
                return;
            }
            insertions.add(new Repair.Insertion(c.keywordOffset(),
                    IdempotencyRules.keywords(add, "CONSTRAINT ") + IdempotencyRules.quote(name) + " "));
            why = c.type().equals(ConstraintSpec.PRIMARY_KEY)
                    ? "fails with 42P16 invalid_table_definition (multiple primary keys) once " + table + " has one"
                    : "an unnamed " + c.type() + " constraint is never found to exist: each run adds one more copy"
                            + " under a new name (" + name + " first, then with 1, 2 ... appended)";
        } else {
            why = "fails with " + (c.needsIndex() ? "42P07 duplicate_table" : "42710 duplicate_object")
                    + " when constraint " + name + " already exists";
        }
        Set<String> conditions = new LinkedHashSet<>();
        conditions.add(IdempotencyRules.DUPLICATE_OBJECT);
        if (c.needsIndex()) {
            conditions.add("duplicate_table"); // the constraint's index is a relation: 42P07
        }
        if (c.type().equals(ConstraintSpec.PRIMARY_KEY)) {
            conditions.add("invalid_table_definition"); // a second primary key: 42P16
        }
        String fix = (c.name() == null ? "name it " + name + " and " : "")
                + IdempotencyRules.wrapFix(String.join(" OR ", conditions));
        repairs.add(Repair.wrap(add.line(), why, fix, insertions, conditions));
    }
}
