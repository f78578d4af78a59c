package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.TokenType;

/**
 * DROP of the tracked kinds, with {@code IF EXISTS}, several comma-separated names and CASCADE /
 * RESTRICT; triggers and policies name their table ({@code DROP TRIGGER t ON tbl}).
 */
final class DropParser {
    private DropParser() {
    }

    /**
     * After DROP.
     *
     * @return false when the object kind is not one this package tracks
     */
    static boolean parse(TokenStream in, StatementContext cx) {
        ObjectKind kind;
        String detail = null;
        if (in.accept("table") || in.acceptSequence("foreign", "table")) {
            kind = ObjectKind.TABLE;
        } else if (in.accept("index")) {
            kind = ObjectKind.INDEX;
            in.accept("concurrently");
        } else if (in.accept("view")) {
            kind = ObjectKind.VIEW;
        } else if (in.acceptSequence("materialized", "view")) {
            kind = ObjectKind.MATERIALIZED_VIEW;
        } else if (in.accept("sequence")) {
            kind = ObjectKind.SEQUENCE;
        } else if (in.accept("type")) {
            kind = ObjectKind.TYPE;
        } else if (in.accept("domain")) {
            kind = ObjectKind.TYPE;
            detail = "domain";
        } else if (in.accept("function", "procedure", "routine")) {
            kind = ObjectKind.FUNCTION;
        } else if (in.accept("schema")) {
            kind = ObjectKind.SCHEMA;
        } else if (in.accept("extension")) {
            kind = ObjectKind.EXTENSION;
        } else if (in.accept("trigger")) {
            kind = ObjectKind.TRIGGER;
        } else if (in.accept("policy")) {
            kind = ObjectKind.POLICY;
        } else {
            return false;
        }
        in.acceptSequence("if", "exists");
        if (kind == ObjectKind.TRIGGER || kind == ObjectKind.POLICY) {
            String name = in.identifier();
            in.expectWord("on");
            QualifiedName table = cx.resolve(in.qualifiedName());
            cx.add(kind, table.schema(), name, table.name(), null, Effect.DROPS);
            return true;
        }
        for (TokenStream item : in.splitTopLevel(TokenType.COMMA)) {
            drop(item, kind, detail, cx);
        }
        return true;
    }

    private static void drop(TokenStream item, ObjectKind kind, String detail, StatementContext cx) {
        QualifiedName name = cx.resolve(item.qualifiedName());
        if (kind == ObjectKind.FUNCTION && item.peekIs(TokenType.LEFT_PAREN)) {
            detail = RoutineParser.argumentTypes(item.parenthesised());
        }
        String table = kind == ObjectKind.INDEX ? cx.state().tableOfIndex(name) : null;
        if (kind == ObjectKind.SCHEMA || kind == ObjectKind.EXTENSION) {
            cx.add(kind, null, name.name(), null, null, Effect.DROPS);
            return;
        }
        cx.add(kind, name.schema(), name.name(), table, detail, Effect.DROPS);
        if (kind == ObjectKind.TABLE) {
            // Sequences of serial columns go with the table; everything else on it obviously does too.
            for (String sequence : cx.state().ownedSequences(name)) {
                cx.add(ObjectKind.SEQUENCE, name.schema(), sequence, null, null, Effect.DROPS);
            }
        }
        if (kind != ObjectKind.TYPE && kind != ObjectKind.FUNCTION) {
            cx.state().removeRelation(name.schema(), name.name());
        }
    }
}
