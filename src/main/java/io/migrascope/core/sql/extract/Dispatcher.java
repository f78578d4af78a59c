package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.sql.SqlToken;
import io.migrascope.core.sql.TokenType;
import java.util.List;
import java.util.Locale;

/** Sends one statement's tokens to the parser for its first keyword. */
final class Dispatcher {
    private Dispatcher() {
    }

    /**
     * Reads the statement into {@code cx}.
     *
     * @return false when it is DDL of a kind this package does not interpret, so its objects are unknown
     * @throws ParseFailure when a recognised statement does not have the expected shape
     */
    static boolean dispatch(TokenStream in, StatementContext cx) {
        SqlToken first = in.peek();
        if (first == null) {
            return true;
        }
        if (in.accept("create")) {
            return CreateParser.parse(in, cx);
        }
        if (in.accept("alter")) {
            return in.peekWord("role", "user", "group", "database", "system", "default", "tablespace", "publication",
                    "subscription") || AlterParser.parse(in, cx);
        }
        if (in.accept("drop")) {
            return in.peekWord("role", "user", "group", "database", "owned", "tablespace", "publication",
                    "subscription") || DropParser.parse(in, cx);
        }
        if (in.accept("do")) {
            List<SqlStatement> inner = DoBlocks.guardedStatements(in);
            if (inner == null) {
                cx.note("DO block", "objects not extracted");
                return true;
            }
            for (SqlStatement statement : inner) {
                if (!dispatch(TokenStream.of(statement.text()), cx)) {
                    cx.note("DO block", describe(statement.text()) + " inside is not extracted");
                }
            }
            return true;
        }
        ReferenceParser.parse(in, cx);
        return true;
    }

    /** The first words of a statement in upper case, e.g. "CREATE AGGREGATE", for messages. */
    static String describe(String statementText) {
        TokenStream in;
        try {
            in = TokenStream.of(statementText);
        } catch (ParseFailure e) {
            return "statement";
        }
        StringBuilder sb = new StringBuilder();
        int words = 0;
        while (words < 3 && in.peekIs(TokenType.WORD)) {
            String word = in.next().text().toUpperCase(Locale.ROOT);
            if (words > 0 && !isKeywordLike(word)) {
                break;
            }
            sb.append(words++ > 0 ? " " : "").append(word);
        }
        return sb.length() == 0 ? "statement" : sb.toString();
    }

    private static boolean isKeywordLike(String word) {
        return List.of("OR", "REPLACE", "UNIQUE", "INDEX", "TABLE", "VIEW", "MATERIALIZED", "FUNCTION", "PROCEDURE",
                "TYPE", "DOMAIN", "SEQUENCE", "SCHEMA", "EXTENSION", "TRIGGER", "POLICY", "CONSTRAINT", "AGGREGATE",
                "OPERATOR", "CAST", "RULE", "COLLATION", "CONVERSION", "LANGUAGE", "STATISTICS", "EVENT", "FOREIGN",
                "SERVER", "TEXT", "SEARCH", "ACCESS", "METHOD", "TRANSFORM", "TEMP", "TEMPORARY", "UNLOGGED",
                "ROUTINE", "ON").contains(word);
    }
}
