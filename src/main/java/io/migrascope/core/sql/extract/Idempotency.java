package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlSplitter;
import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.sql.SqlSyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the statements of a migration that cannot run twice and rewrites the file so it can: the
 * repair for a half-applied migration that has to be re-run (a failed Prisma migration, an
 * interrupted deploy), where every statement whose object already exists must become a no-op.
 *
 * <p>Rewrites use IF [NOT] EXISTS where PostgreSQL has it, OR REPLACE for functions, procedures, views
 * and (PostgreSQL 14 and later) triggers, and otherwise a DO block that catches the "already exists"
 * error: {@code DO $$ BEGIN <statement>; EXCEPTION WHEN duplicate_object THEN NULL; END $$}. Unnamed
 * indexes and constraints are given the name PostgreSQL would have chosen, because without a name a
 * re-run does not fail but silently adds a second copy.
 */
public final class Idempotency {
    private Idempotency() {
    }

    /**
     * Statements that fail (or duplicate their object) when run again: CREATE TABLE / INDEX / SEQUENCE /
     * SCHEMA / EXTENSION / MATERIALIZED VIEW without IF NOT EXISTS, CREATE FUNCTION / PROCEDURE / VIEW /
     * TRIGGER without OR REPLACE, CREATE TYPE / DOMAIN / POLICY / CONSTRAINT TRIGGER, ALTER TABLE ADD
     * COLUMN without IF NOT EXISTS, ADD CONSTRAINT, DROP COLUMN / CONSTRAINT without IF EXISTS, renames,
     * ALTER TYPE ADD VALUE without IF NOT EXISTS, and DROP without IF EXISTS. One entry per problem, in
     * file order; DO blocks, DML and temporary objects are never reported.
     */
    public static List<NonIdempotent> find(List<SqlStatement> statements) {
        ObjectExtractor.Analysis analysis = ObjectExtractor.analyse(statements);
        List<NonIdempotent> result = new ArrayList<>();
        for (SqlStatement statement : statements) {
            for (Repair repair : IdempotencyRules.repairs(statement, analysis)) {
                result.add(new NonIdempotent(statement.index(), statement.startLine() + repair.line() - 1,
                        statement.excerpt(100), repair.why(), repair.fix()));
            }
        }
        return result;
    }

    /**
     * The file rewritten so that running it again over a partly or wholly applied state succeeds.
     * Statements that need no repair, comments and whitespace are kept byte for byte; a repaired
     * statement keeps its own text and line breaks, so every line of the file stays where it was.
     */
    public static String rewrite(String sql) throws SqlSyntaxException {
        List<SqlStatement> statements = SqlSplitter.split(sql);
        ObjectExtractor.Analysis analysis = ObjectExtractor.analyse(statements);
        StringBuilder out = new StringBuilder(sql.length() + 256);
        int copied = 0;
        for (SqlStatement statement : statements) {
            List<Repair> repairs = IdempotencyRules.repairs(statement, analysis);
            if (repairs.isEmpty()) {
                continue;
            }
            out.append(sql, copied, statement.startOffset()).append(repaired(statement.text(), repairs));
            copied = statement.endOffset();
        }
        return out.append(sql, copied, sql.length()).toString();
    }

    private static String repaired(String text, List<Repair> repairs) {
        List<Repair.Insertion> insertions = new ArrayList<>();
        Set<String> conditions = new TreeSet<>();
        for (Repair repair : repairs) {
            insertions.addAll(repair.insertions());
            conditions.addAll(repair.wrapConditions());
        }
        // From the back, so earlier offsets stay valid.
        insertions.sort(Comparator.comparingInt(Repair.Insertion::offset).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (Repair.Insertion insertion : insertions) {
            sb.insert(insertion.offset(), insertion.text());
        }
        return conditions.isEmpty() ? sb.toString() : wrap(sb.toString(), conditions);
    }

    /**
     * {@code DO $$ BEGIN <statement>; EXCEPTION WHEN <conditions> THEN NULL; END $$}, with a dollar tag
     * that does not occur in the statement (a function body inside is usually quoted with $$ itself).
     */
    static String wrap(String statement, Set<String> conditions) {
        String tag = "$$";
        for (int i = 0; statement.contains(tag); i++) {
            tag = i == 0 ? "$migrascope$" : "$migrascope" + i + "$";
        }
        return "DO " + tag + " BEGIN " + statement + "; EXCEPTION WHEN " + String.join(" OR ", conditions)
                + " THEN NULL; END " + tag;
    }
}
