package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.TokenType;
import java.util.List;

/**
 * Statements that create nothing but use tables: INSERT, UPDATE, DELETE, MERGE (also after a WITH
 * clause), TRUNCATE, COPY, LOCK, GRANT / REVOKE ... ON [TABLE], and COMMENT ON a table, view, column or
 * an object that lives on a table.
 */
final class ReferenceParser {
    private ReferenceParser() {
    }

    static void parse(TokenStream in, StatementContext cx) {
        if (in.peekWord("with")) {
            int dml = in.findTopLevelWord("insert", "update", "delete", "merge");
            if (dml < 0) {
                return;
            }
            in.reset(in.position() + dml);
        }
        if (in.acceptSequence("insert", "into")) {
            cx.reference(cx.resolve(in.qualifiedName()), "insert");
        } else if (in.accept("update")) {
            in.accept("only");
            cx.reference(cx.resolve(in.qualifiedName()), "update");
        } else if (in.acceptSequence("delete", "from")) {
            in.accept("only");
            cx.reference(cx.resolve(in.qualifiedName()), "delete");
        } else if (in.acceptSequence("merge", "into")) {
            in.accept("only");
            cx.reference(cx.resolve(in.qualifiedName()), "merge");
        } else if (in.accept("truncate")) {
            in.accept("table");
            for (TokenStream table : in.splitTopLevel(TokenType.COMMA)) {
                table.accept("only");
                cx.reference(cx.resolve(table.qualifiedName()), "truncate");
            }
        } else if (in.accept("copy") && in.peekIdentifier()) {
            cx.reference(cx.resolve(in.qualifiedName()), "copy");
        } else if (in.accept("lock")) {
            in.accept("table");
            in.accept("only");
            cx.reference(cx.resolve(in.qualifiedName()), "lock");
        } else if (in.accept("grant", "revoke")) {
            grant(in, cx);
        } else if (in.acceptSequence("comment", "on")) {
            comment(in, cx);
        }
    }

    /** {@code GRANT privileges ON [TABLE] a, b TO role}: only table grants name tables. */
    private static void grant(TokenStream in, StatementContext cx) {
        int on = in.findTopLevelWord("on");
        if (on < 0) {
            return;
        }
        in.reset(in.position() + on + 1);
        if (!in.accept("table") && !in.peekIdentifier()
                || in.peekWord("all", "schema", "sequence", "function", "procedure", "routine", "type", "domain",
                        "database", "foreign", "language", "large", "tablespace", "parameter")) {
            return;
        }
        while (in.peekIdentifier()) {
            cx.reference(cx.resolve(in.qualifiedName()), "grant");
            if (!in.accept(TokenType.COMMA)) {
                return;
            }
        }
    }

    private static void comment(TokenStream in, StatementContext cx) {
        if (in.accept("table", "view") || in.acceptSequence("materialized", "view")
                || in.acceptSequence("foreign", "table")) {
            cx.reference(cx.resolve(in.qualifiedName()), "comment");
        } else if (in.accept("column")) {
            List<String> parts = in.identifierChain();
            if (parts.size() >= 2) {
                cx.reference(cx.resolve(QualifiedName.of(parts.subList(0, parts.size() - 1))), "comment");
            }
        } else if (in.accept("constraint", "trigger", "policy", "rule")) {
            in.identifier();
            if (in.accept("on") && !in.accept("domain")) {
                cx.reference(cx.resolve(in.qualifiedName()), "comment");
            }
        }
    }
}
