package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlToken;
import io.migrascope.core.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Routes CREATE statements by object kind and reads the kinds whose syntax needs no parser of its own:
 * sequences, types and domains, views, extensions, triggers, policies and schemas (with their schema
 * elements).
 */
final class CreateParser {
    /** Objects outside any schema (or not worth probing): recognised, nothing to report, nothing skipped. */
    private static final Set<String> NOT_SCHEMA_OBJECTS = Set.of("role", "user", "group", "database", "tablespace",
            "publication", "subscription");

    private CreateParser() {
    }

    /**
     * After CREATE.
     *
     * @return false when the object kind is not one this package tracks
     */
    static boolean parse(TokenStream in, StatementContext cx) {
        boolean orReplace = in.acceptSequence("or", "replace");
        in.accept("global", "local");
        boolean temporary = in.accept("temp", "temporary");
        in.accept("unlogged");
        if (in.peekWord(NOT_SCHEMA_OBJECTS.toArray(String[]::new))) {
            return true;
        }
        if (temporary && in.peekWord("table", "sequence", "view", "recursive")) {
            // Temporary objects vanish with the session: there is nothing for a prober to find later.
            cx.note("CREATE TEMPORARY " + in.peek().text().toUpperCase(Locale.ROOT),
                    "temporary objects do not outlive the session and are not extracted");
            return true;
        }
        if (in.accept("table") || in.acceptSequence("foreign", "table")) {
            CreateTableParser.parse(in, cx);
        } else if (in.accept("index") || in.acceptSequence("unique", "index")) {
            IndexParser.parse(in, cx);
        } else if (in.accept("function", "procedure")) {
            RoutineParser.parse(in, cx);
        } else if (in.accept("sequence")) {
            in.acceptSequence("if", "not", "exists");
            QualifiedName name = cx.resolve(in.qualifiedName());
            cx.state().addRelation(name.schema(), name.name());
            cx.add(ObjectKind.SEQUENCE, name.schema(), name.name(), null, null, Effect.CREATES);
        } else if (in.accept("type")) {
            type(in, cx);
        } else if (in.accept("domain")) {
            QualifiedName name = cx.resolve(in.qualifiedName());
            cx.add(ObjectKind.TYPE, name.schema(), name.name(), null, "domain", Effect.CREATES);
        } else if (in.accept("view") || in.acceptSequence("recursive", "view")) {
            view(in, cx, ObjectKind.VIEW);
        } else if (in.acceptSequence("materialized", "view")) {
            view(in, cx, ObjectKind.MATERIALIZED_VIEW);
        } else if (in.accept("extension")) {
            in.acceptSequence("if", "not", "exists");
            cx.add(ObjectKind.EXTENSION, null, in.identifier(), null, null, Effect.CREATES);
        } else if (in.accept("trigger") || in.acceptSequence("constraint", "trigger")) {
            onTable(in, cx, ObjectKind.TRIGGER, "trigger");
        } else if (in.accept("policy")) {
            onTable(in, cx, ObjectKind.POLICY, "policy");
        } else if (in.accept("schema") && !orReplace) {
            schema(in, cx);
        } else {
            return false;
        }
        return true;
    }

    private static void type(TokenStream in, StatementContext cx) {
        QualifiedName name = cx.resolve(in.qualifiedName());
        String detail = "base";
        if (in.accept("as")) {
            if (in.accept("enum")) {
                detail = "enum";
            } else if (in.accept("range")) {
                detail = "range";
            } else {
                detail = "composite";
                // A composite type has a pg_class row of its own, so its name is taken among relations.
                cx.state().addRelation(name.schema(), name.name());
            }
        }
        cx.add(ObjectKind.TYPE, name.schema(), name.name(), null, detail, Effect.CREATES);
    }

    private static void view(TokenStream in, StatementContext cx, ObjectKind kind) {
        in.acceptSequence("if", "not", "exists");
        QualifiedName name = cx.resolve(in.qualifiedName());
        cx.state().addRelation(name.schema(), name.name());
        cx.add(kind, name.schema(), name.name(), null, null, Effect.CREATES);
    }

    /** {@code name ... ON table}: a trigger or policy lives in its table's schema. */
    private static void onTable(TokenStream in, StatementContext cx, ObjectKind kind, String how) {
        String name = in.identifier();
        int on = in.findTopLevelWord("on");
        if (on < 0) {
            throw new ParseFailure("ON expected");
        }
        in.reset(in.position() + on + 1);
        QualifiedName table = cx.resolve(in.qualifiedName());
        cx.add(kind, table.schema(), name, table.name(), null, Effect.CREATES);
        cx.reference(table, how);
    }

    /**
     * {@code CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role] [element ...]}, or without a name,
     * where the schema is named after the role. The elements (CREATE TABLE, VIEW, INDEX, SEQUENCE,
     * TRIGGER, GRANT) are read like statements of their own with the new schema as default.
     */
    private static void schema(TokenStream in, StatementContext cx) {
        in.acceptSequence("if", "not", "exists");
        String name = null;
        if (!in.peekWord("authorization")) {
            name = in.identifier();
        }
        if (in.accept("authorization")) {
            SqlToken role = in.peek();
            String roleName = in.identifier();
            if (name == null) {
                if (role.is(TokenType.WORD) && role.isAnyWord("current_user", "session_user", "current_role")) {
                    throw new ParseFailure("schema named after " + role.text() + " cannot be told from the text");
                }
                name = roleName;
            }
        }
        cx.add(ObjectKind.SCHEMA, null, name, null, null, Effect.CREATES);
        StatementContext inner = cx.inSchema(name);
        for (TokenStream element : elements(in)) {
            if (!Dispatcher.dispatch(element, inner)) {
                cx.note("CREATE SCHEMA element", "an element of schema " + name + " is not extracted");
            }
        }
    }

    /** Cuts the schema elements apart at each top-level CREATE or GRANT. */
    private static List<TokenStream> elements(TokenStream in) {
        List<TokenStream> result = new ArrayList<>();
        List<SqlToken> rest = in.remaining();
        int start = 0;
        int depth = 0;
        for (int i = 0; i < rest.size(); i++) {
            SqlToken t = rest.get(i);
            if (t.is(TokenType.LEFT_PAREN)) {
                depth++;
            } else if (t.is(TokenType.RIGHT_PAREN)) {
                depth--;
            } else if (depth == 0 && i > start && t.isAnyWord("create", "grant")) {
                result.add(new TokenStream(rest.subList(start, i)));
                start = i;
            }
        }
        if (start < rest.size()) {
            result.add(new TokenStream(rest.subList(start, rest.size())));
        }
        in.skipToEnd();
        return result;
    }
}
