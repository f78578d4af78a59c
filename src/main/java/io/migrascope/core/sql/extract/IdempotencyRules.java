package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, statement by statement, what fails or duplicates on a second run and how to spell it so it
 * does not: CREATE and DROP here, ALTER in {@link AlterIdempotency}, guard DO blocks in
 * {@link DoIdempotency}. The SQLSTATEs in the messages are
 * the ones PostgreSQL 15 and 17 raise.
 */
final class IdempotencyRules {
    static final String DUPLICATE_OBJECT = "duplicate_object";
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");

    private IdempotencyRules() {
    }

    /** The repairs one statement needs; empty when it is safe to re-run or not DDL this package knows. */
    static List<Repair> repairs(SqlStatement statement, ObjectExtractor.Analysis analysis) {
        List<Repair> repairs = new ArrayList<>();
        try {
            TokenStream in = TokenStream.of(statement.text());
            if (in.accept("create")) {
                create(in, repairs, statement.index(), analysis);
            } else if (in.accept("alter")) {
                AlterIdempotency.alter(in, repairs, statement.index(), analysis);
            } else if (in.accept("drop")) {
                drop(in, repairs);
            } else if (in.accept("do")) {
                repairs.addAll(DoIdempotency.repairs(in, statement.text()));
            }
        } catch (ParseFailure e) {
            return List.of(); // what the extractor cannot read, the rewriter leaves alone
        }
        return repairs;
    }

    private static void create(TokenStream in, List<Repair> repairs, int index, ObjectExtractor.Analysis analysis) {
        SqlToken create = in.previous();
        boolean orReplace = in.acceptSequence("or", "replace");
        in.accept("global", "local");
        if (in.accept("temp", "temporary")) {
            return; // gone with the session, so never there on a second run
        }
        in.accept("unlogged");
        if (in.accept("table") || in.acceptSequence("foreign", "table")) {
            ifNotExists(in, repairs, "table", "42P07 duplicate_table");
        } else if (in.accept("index") || in.acceptSequence("unique", "index")) {
            index(in, repairs, index, analysis);
        } else if (in.accept("sequence")) {
            ifNotExists(in, repairs, "sequence", "42P07 duplicate_table");
        } else if (in.accept("extension")) {
            ifNotExists(in, repairs, "extension", "42710 duplicate_object");
        } else if (in.acceptSequence("materialized", "view")) {
            ifNotExists(in, repairs, "materialized view", "42P07 duplicate_table");
        } else if (in.accept("schema")) {
            schema(in, repairs);
        } else if (in.peekWord("function", "procedure", "view", "recursive", "trigger") && !orReplace) {
            SqlToken kind = in.next();
            if (kind.isWord("recursive")) {
                in.expectWord("view");
            }
            String what = in.previous().text().toLowerCase(Locale.ROOT);
            String code = what.equals("view") ? "42P07 duplicate_table"
                    : what.equals("trigger") ? "42710 duplicate_object" : "42723 duplicate_function";
            String name = in.qualifiedName().toString();
            String note = what.equals("trigger") ? " (PostgreSQL 14 and later)" : "";
            repairs.add(Repair.insert(create.line(), "fails with " + code + " when " + what + " " + name
                    + " already exists", "CREATE OR REPLACE " + what.toUpperCase(Locale.ROOT) + note,
                    create.endOffset(), keywords(create, " OR REPLACE")));
        } else if (in.accept("type", "domain", "policy") || in.acceptSequence("constraint", "trigger")) {
            String what = in.previous().text().toLowerCase(Locale.ROOT);
            what = what.equals("trigger") ? "constraint trigger" : what;
            String name = in.qualifiedName().toString();
            // No IF NOT EXISTS and no OR REPLACE: only catching the error makes these re-runnable.
            repairs.add(Repair.wrap(create.line(), "fails with 42710 duplicate_object when " + what + " " + name
                    + " already exists", wrapFix(DUPLICATE_OBJECT), List.of(), Set.of(DUPLICATE_OBJECT)));
        }
    }

    /** After the kind keyword: adds IF NOT EXISTS right after it unless it is there. */
    private static void ifNotExists(TokenStream in, List<Repair> repairs, String what, String code) {
        SqlToken keyword = in.previous();
        if (in.acceptSequence("if", "not", "exists")) {
            return;
        }
        String name = in.qualifiedName().toString();
        repairs.add(Repair.insert(keyword.line(), "fails with " + code + " when " + what + " " + name
                + " already exists", "CREATE " + what.toUpperCase(Locale.ROOT) + " IF NOT EXISTS " + name,
                keyword.endOffset(), keywords(keyword, " IF NOT EXISTS")));
    }

    private static void index(TokenStream in, List<Repair> repairs, int index, ObjectExtractor.Analysis analysis) {
        SqlToken keyword = in.previous();
        boolean concurrently = in.accept("concurrently");
        if (concurrently) {
            keyword = in.previous();
        }
        if (in.acceptSequence("if", "not", "exists")) {
            return;
        }
        String caveat = concurrently ? "; note that IF NOT EXISTS also skips an INVALID index left by a failed"
                + " CONCURRENTLY build, which has to be dropped by hand" : "";
        if (!in.peekWord("on")) {
            String name = in.identifier();
            repairs.add(Repair.insert(keyword.line(), "fails with 42P07 duplicate_table when index " + name
                    + " already exists", "CREATE INDEX IF NOT EXISTS " + name + caveat, keyword.endOffset(),
                    keywords(keyword, " IF NOT EXISTS")));
            return;
        }
        String chosen = analysis.hint(index, in.peek().startOffset());
        if (chosen == null) {
            return;
        }
        repairs.add(Repair.insert(keyword.line(), "an unnamed index is never found to exist: each run builds one more"
                + " copy under a new name (" + chosen + " first, then with 1, 2 ... appended)",
                "name it: CREATE INDEX IF NOT EXISTS " + chosen + caveat, keyword.endOffset(),
                keywords(keyword, " IF NOT EXISTS ") + quote(chosen)));
    }

    private static void schema(TokenStream in, List<Repair> repairs) {
        SqlToken keyword = in.previous();
        if (in.acceptSequence("if", "not", "exists")) {
            return;
        }
        String name = in.peekWord("authorization") ? null : in.identifier();
        if (in.accept("authorization")) {
            String role = in.identifier();
            name = name == null ? role : name;
        }
        String why = "fails with 42P06 duplicate_schema when schema " + name + " already exists";
        if (in.atEnd()) {
            repairs.add(Repair.insert(keyword.line(), why, "CREATE SCHEMA IF NOT EXISTS " + name, keyword.endOffset(),
                    keywords(keyword, " IF NOT EXISTS")));
        } else {
            // CREATE SCHEMA IF NOT EXISTS cannot include schema elements (0A000).
            repairs.add(Repair.wrap(keyword.line(), why, wrapFix("duplicate_schema"), List.of(),
                    Set.of("duplicate_schema")));
        }
    }

    private static void drop(TokenStream in, List<Repair> repairs) {
        String code;
        if (in.accept("table", "view", "sequence") || in.acceptSequence("materialized", "view")
                || in.acceptSequence("foreign", "table")) {
            code = "42P01 undefined_table";
        } else if (in.accept("index")) {
            code = "42704 undefined_object";
            in.accept("concurrently");
        } else if (in.accept("type", "domain", "trigger", "policy", "extension")) {
            code = "42704 undefined_object";
        } else if (in.accept("function", "procedure", "routine")) {
            code = "42883 undefined_function";
        } else if (in.accept("schema")) {
            code = "3F000 invalid_schema_name";
        } else {
            return;
        }
        SqlToken keyword = in.previous();
        if (in.acceptSequence("if", "exists")) {
            return;
        }
        String name = in.qualifiedName().toString();
        repairs.add(Repair.insert(keyword.line(), "fails with " + code + " once " + name + " has been dropped",
                "DROP ... IF EXISTS " + name, keyword.endOffset(), keywords(keyword, " IF EXISTS")));
    }

    static String wrapFix(String conditions) {
        return "DO $$ BEGIN <statement>; EXCEPTION WHEN " + conditions + " THEN NULL; END $$";
    }

    /** Inserted keywords follow the case of the keyword they are written after: lower case SQL stays lower case. */
    static String keywords(SqlToken neighbour, String text) {
        String written = neighbour.text();
        return written.equals(written.toLowerCase(Locale.ROOT)) ? text.toLowerCase(Locale.ROOT)
                : text;
    }

    /** The name as it must be written in SQL: quoted unless it is a plain lower-case identifier. */
    static String quote(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : '"' + name.replace("\"", "\"\"") + '"';
    }
}
