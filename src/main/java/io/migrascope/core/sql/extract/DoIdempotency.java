package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlLexer;
import io.migrascope.core.sql.SqlSplitter;
import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.sql.SqlSyntaxException;
import io.migrascope.core.sql.SqlToken;
import io.migrascope.core.sql.TokenType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the guard blocks people already wrote: {@code DO $$ BEGIN <ddl>; EXCEPTION WHEN <conditions>
 * THEN NULL; END $$} only helps if the conditions include the one the DDL raises. Seed 001's "fixed"
 * migration wraps CREATE INDEX in {@code WHEN duplicate_object}, but an existing index raises
 * duplicate_table (42P07), so the re-run it was meant to allow still fails. Missing conditions are
 * added to the WHEN clause; an unnamed index or constraint inside the block gets its default name.
 */
final class DoIdempotency {
    private DoIdempotency() {
    }

    /** After DO: the repairs of a dollar-quoted guard block, empty for anything else. */
    static List<Repair> repairs(TokenStream in, String statementText) {
        SqlToken code = null;
        while (!in.atEnd()) {
            SqlToken t = in.next();
            if (t.is(TokenType.DOLLAR_STRING)) {
                code = t;
            } else if (t.is(TokenType.STRING)) {
                return List.of(); // offsets inside '...' shift with doubled quotes; leave such blocks alone
            }
        }
        if (code == null) {
            return List.of();
        }
        int bodyStart = code.startOffset() + code.text().indexOf('$', 1) + 1;
        String body = code.stringValue();
        List<SqlToken> tokens = significant(body);
        if (tokens.size() < 4 || !tokens.get(0).isWord("begin")) {
            return List.of();
        }
        int exception = -1;
        for (int i = 1; i < tokens.size() && exception < 0; i++) {
            exception = tokens.get(i).isWord("exception") ? i : -1;
        }
        if (exception < 2) {
            return List.of();
        }
        Handler handler = handler(tokens, exception);
        if (handler == null || handler.conditions.contains("others")) {
            return List.of();
        }
        int innerStart = tokens.get(1).startOffset();
        String inner = body.substring(innerStart, tokens.get(exception).startOffset());
        List<SqlStatement> statements;
        try {
            statements = SqlSplitter.split(inner);
        } catch (SqlSyntaxException e) {
            return List.of();
        }
        ObjectExtractor.Analysis analysis = ObjectExtractor.analyse(statements);
        Set<String> missing = new LinkedHashSet<>();
        List<Repair> result = new ArrayList<>();
        for (SqlStatement statement : statements) {
            int base = bodyStart + innerStart + statement.startOffset();
            int line = lineAt(statementText, base);
            for (Repair repair : IdempotencyRules.repairs(statement, analysis)) {
                String condition = repair.condition();
                if (condition != null && handler.covers(condition, repair.sqlState())) {
                    continue;
                }
                if (condition != null && missing.add(condition)) {
                    result.add(Repair.insert(line + repair.line() - 1, "fails with " + repair.sqlState() + " "
                            + condition + ": the DO block catches only " + String.join(" OR ", handler.conditions)
                            + ", but the statement inside " + repair.why(), "add OR " + condition + " to its WHEN clause",
                            bodyStart + handler.lastConditionEnd, " OR " + condition));
                } else if (condition == null) {
                    List<Repair.Insertion> moved = new ArrayList<>();
                    repair.insertions().forEach(i -> moved.add(new Repair.Insertion(base + i.offset(), i.text())));
                    result.add(new Repair(line + repair.line() - 1, repair.why(), repair.fix(), moved, Set.of()));
                }
            }
        }
        return result;
    }

    /** The conditions of every WHEN clause after EXCEPTION, and where the first clause's list ends. */
    private record Handler(Set<String> conditions, int lastConditionEnd) {
        boolean covers(String condition, String sqlState) {
            return conditions.contains(condition) || conditions.contains(sqlState.toLowerCase(Locale.ROOT));
        }
    }

    private static Handler handler(List<SqlToken> tokens, int exception) {
        Set<String> conditions = new LinkedHashSet<>();
        int firstListEnd = -1;
        for (int i = exception + 1; i < tokens.size(); i++) {
            if (!tokens.get(i).isWord("when")) {
                continue;
            }
            int j = i + 1;
            for (; j < tokens.size() && !tokens.get(j).isWord("then"); j++) {
                SqlToken t = tokens.get(j);
                if (t.is(TokenType.STRING)) {
                    conditions.add(t.stringValue().toLowerCase(Locale.ROOT)); // SQLSTATE '42P07'
                } else if (t.is(TokenType.WORD) && !t.isAnyWord("or", "sqlstate")) {
                    conditions.add(t.text().toLowerCase(Locale.ROOT));
                }
            }
            if (j >= tokens.size()) {
                return null;
            }
            if (firstListEnd < 0) {
                firstListEnd = tokens.get(j - 1).endOffset();
            }
            i = j;
        }
        return conditions.isEmpty() ? null : new Handler(conditions, firstListEnd);
    }

    private static List<SqlToken> significant(String body) {
        List<SqlToken> tokens = new ArrayList<>();
        try {
            for (SqlToken t : SqlLexer.tokenize(body)) {
                if (!t.type().isComment()) {
                    tokens.add(t);
                }
            }
        } catch (SqlSyntaxException e) {
            return List.of();
        }
        return tokens;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
