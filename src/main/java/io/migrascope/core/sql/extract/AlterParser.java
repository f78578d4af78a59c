package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.TokenType;

/**
 * ALTER for everything but tables: indexes, views, sequences, types and domains, functions, schemas,
 * extensions, policies and triggers. Renames become a DROPS of the old name plus a CREATES of the new
 * one; every other change is an ALTERS of the object, so the prober at least checks it exists.
 */
final class AlterParser {
    private AlterParser() {
    }

    /**
     * After ALTER.
     *
     * @return false when the object kind is not one this package tracks
     */
    static boolean parse(TokenStream in, StatementContext cx) {
        if (in.accept("table") || in.acceptSequence("foreign", "table")) {
            AlterTableParser.parse(in, cx);
        } else if (in.accept("index")) {
            relation(in, cx, ObjectKind.INDEX);
        } else if (in.accept("view")) {
            relation(in, cx, ObjectKind.VIEW);
        } else if (in.acceptSequence("materialized", "view")) {
            relation(in, cx, ObjectKind.MATERIALIZED_VIEW);
        } else if (in.accept("sequence")) {
            relation(in, cx, ObjectKind.SEQUENCE);
        } else if (in.accept("type")) {
            type(in, cx, null);
        } else if (in.accept("domain")) {
            type(in, cx, "domain");
        } else if (in.accept("function", "procedure", "routine")) {
            function(in, cx);
        } else if (in.accept("schema")) {
            String schema = in.identifier();
            renamedOrAltered(in, cx, ObjectKind.SCHEMA, null, schema, null, null);
        } else if (in.accept("extension")) {
            cx.add(ObjectKind.EXTENSION, null, in.identifier(), null, null, Effect.ALTERS);
        } else if (in.accept("policy", "trigger")) {
            ObjectKind kind = in.previous().isWord("policy") ? ObjectKind.POLICY : ObjectKind.TRIGGER;
            String name = in.identifier();
            in.expectWord("on");
            QualifiedName table = cx.resolve(in.qualifiedName());
            cx.reference(table, kind == ObjectKind.POLICY ? "policy" : "trigger");
            renamedOrAltered(in, cx, kind, table.schema(), name, table.name(), null);
        } else {
            return false;
        }
        return true;
    }

    private static void relation(TokenStream in, StatementContext cx, ObjectKind kind) {
        in.acceptSequence("if", "exists");
        QualifiedName name = cx.resolve(in.qualifiedName());
        String table = kind == ObjectKind.INDEX ? cx.state().tableOfIndex(name) : null;
        if (in.acceptSequence("rename", "to")) {
            String renamed = in.identifier();
            cx.add(kind, name.schema(), name.name(), table, null, Effect.DROPS);
            cx.add(kind, name.schema(), renamed, table, null, Effect.CREATES);
            cx.state().removeRelation(name.schema(), name.name());
            if (kind == ObjectKind.INDEX) {
                cx.state().addIndex(name.schema(), renamed, table);
            } else {
                cx.state().addRelation(name.schema(), renamed);
            }
            return;
        }
        if (kind != ObjectKind.INDEX && in.accept("rename")) {
            // ALTER VIEW v RENAME COLUMN a TO b changes no object this package tracks for views.
            cx.add(kind, name.schema(), name.name(), null, null, Effect.ALTERS);
            return;
        }
        cx.add(kind, name.schema(), name.name(), table, null, Effect.ALTERS);
    }

    /** ALTER TYPE: ADD VALUE and RENAME VALUE mark an enum, ADD/DROP/ALTER ATTRIBUTE a composite. */
    private static void type(TokenStream in, StatementContext cx, String kindDetail) {
        QualifiedName name = cx.resolve(in.qualifiedName());
        String detail = kindDetail;
        if (in.peekWord("add", "rename") && in.peekWordAt(1, "value")) {
            detail = "enum";
        } else if (in.peekWord("add", "drop", "alter") && in.peekWordAt(1, "attribute")
                || in.peekWord("rename") && in.peekWordAt(1, "attribute")) {
            detail = "composite";
        }
        renamedOrAltered(in, cx, ObjectKind.TYPE, name.schema(), name.name(), null, detail);
    }

    private static void function(TokenStream in, StatementContext cx) {
        QualifiedName name = cx.resolve(in.qualifiedName());
        String detail = in.peekIs(TokenType.LEFT_PAREN)
                ? RoutineParser.argumentTypes(in.parenthesised()) : null;
        renamedOrAltered(in, cx, ObjectKind.FUNCTION, name.schema(), name.name(), null, detail);
    }

    /** {@code RENAME TO new} or {@code SET SCHEMA s} as a drop and a create, anything else as ALTERS. */
    private static void renamedOrAltered(TokenStream in, StatementContext cx, ObjectKind kind, String schema,
            String name, String table, String detail) {
        if (in.acceptSequence("rename", "to")) {
            cx.add(kind, schema, name, table, detail, Effect.DROPS);
            cx.add(kind, schema, in.identifier(), table, detail, Effect.CREATES);
        } else if (kind != ObjectKind.SCHEMA && in.acceptSequence("set", "schema")) {
            cx.add(kind, schema, name, table, detail, Effect.DROPS);
            cx.add(kind, in.identifier(), name, table, detail, Effect.CREATES);
        } else {
            cx.add(kind, schema, name, table, detail, Effect.ALTERS);
        }
    }
}
