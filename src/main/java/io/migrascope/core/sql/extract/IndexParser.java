package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlToken;
import io.migrascope.core.sql.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE INDEX, and the column names the server derives from index elements when it has to name an
 * index itself: the column for a plain column, the function name for {@code lower(email)}, and for a
 * parenthesised expression what FigureColname would call it ({@code (a::text)} is "a",
 * {@code ((a + b))} is "expr").
 */
final class IndexParser {
    private IndexParser() {
    }

    /** After {@code CREATE [UNIQUE] INDEX}: {@code [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] t ...}. */
    static void parse(TokenStream in, StatementContext cx) {
        in.accept("concurrently");
        in.acceptSequence("if", "not", "exists");
        String name = in.peekWord("on") ? null : in.identifier();
        SqlToken on = in.expectWord("on");
        in.accept("only");
        QualifiedName table = cx.resolve(in.qualifiedName());
        if (in.accept("using")) {
            in.identifier();
        }
        List<String> columns = new ArrayList<>();
        for (TokenStream element : in.parenthesised().splitTopLevel(TokenType.COMMA)) {
            columns.add(elementName(element));
        }
        if (name == null) {
            name = cx.state().chooseRelationName(table.schema(), table.name(),
                    DefaultNames.joinColumnNames(DefaultNames.uniqueIndexColumnNames(columns)), "idx", false);
            cx.nameHint(on.startOffset(), name);
        }
        cx.state().addIndex(table.schema(), name, table.name());
        cx.add(ObjectKind.INDEX, table.schema(), name, table.name(), null, Effect.CREATES);
        cx.reference(table, "index");
    }

    /** The preliminary column name of one index element (ChooseIndexColumnNames' input). */
    static String elementName(TokenStream element) {
        if (element.peekIs(TokenType.LEFT_PAREN)) {
            Figure figure = figure(element.parenthesised().remaining());
            return figure.name == null ? "expr" : figure.name;
        }
        List<SqlToken> tokens = element.remaining();
        int callEnd = callEnd(tokens, 0);
        if (callEnd > 0) {
            return functionName(tokens);
        }
        return element.identifier();
    }

    /** A name and how sure FigureColnameInternal is of it: 2 for columns and calls, 1 for a cast's type. */
    private record Figure(String name, int strength) {
        static final Figure NONE = new Figure(null, 0);
    }

    private static Figure figure(List<SqlToken> tokens) {
        while (tokens.size() >= 2 && tokens.get(0).is(TokenType.LEFT_PAREN)
                && matchingParen(tokens, 0) == tokens.size() - 1) {
            tokens = tokens.subList(1, tokens.size() - 1);
        }
        if (tokens.isEmpty()) {
            return Figure.NONE;
        }
        int cast = lastTopLevelCast(tokens);
        if (cast > 0) {
            Figure inner = figure(tokens.subList(0, cast));
            if (inner.strength > 1) {
                return inner;
            }
            TokenStream typeTokens = new TokenStream(tokens.subList(cast + 1, tokens.size()));
            TypeName type = TypeReader.read(typeTokens);
            return type == null || !typeTokens.atEnd() ? inner : new Figure(type.name(), 1);
        }
        if (isIdentifierChain(tokens)) {
            return new Figure(tokens.get(tokens.size() - 1).identifierName(), 2);
        }
        if (callEnd(tokens, 0) == tokens.size()) {
            return new Figure(functionName(tokens), 2);
        }
        if (tokens.get(0).isWord("case") && tokens.get(tokens.size() - 1).isWord("end")) {
            return new Figure("case", 1);
        }
        return Figure.NONE;
    }

    /** For {@code schema.func(...)} at {@code start}: the index just past the closing paren, else -1. */
    private static int callEnd(List<SqlToken> tokens, int start) {
        int i = start;
        if (i >= tokens.size() || !isName(tokens.get(i))) {
            return -1;
        }
        i++;
        while (i + 1 < tokens.size() && tokens.get(i).is(TokenType.DOT) && isName(tokens.get(i + 1))) {
            i += 2;
        }
        if (i >= tokens.size() || !tokens.get(i).is(TokenType.LEFT_PAREN)) {
            return -1;
        }
        int close = matchingParen(tokens, i);
        return close < 0 ? -1 : close + 1;
    }

    private static String functionName(List<SqlToken> tokens) {
        int i = 0;
        while (i + 1 < tokens.size() && tokens.get(i + 1).is(TokenType.DOT)) {
            i += 2;
        }
        return tokens.get(i).identifierName();
    }

    private static boolean isIdentifierChain(List<SqlToken> tokens) {
        if (tokens.size() % 2 == 0) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            boolean ok = i % 2 == 0 ? isName(tokens.get(i)) : tokens.get(i).is(TokenType.DOT);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isName(SqlToken t) {
        return t.is(TokenType.WORD) || t.is(TokenType.QUOTED_IDENTIFIER);
    }

    private static int lastTopLevelCast(List<SqlToken> tokens) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.is(TokenType.LEFT_PAREN) || t.is(TokenType.LEFT_BRACKET)) {
                depth++;
            } else if (t.is(TokenType.RIGHT_PAREN) || t.is(TokenType.RIGHT_BRACKET)) {
                depth--;
            } else if (depth == 0 && t.is(TokenType.TYPECAST)) {
                last = i;
            }
        }
        return last;
    }

    private static int matchingParen(List<SqlToken> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is(TokenType.LEFT_PAREN)) {
                depth++;
            } else if (tokens.get(i).is(TokenType.RIGHT_PAREN) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
