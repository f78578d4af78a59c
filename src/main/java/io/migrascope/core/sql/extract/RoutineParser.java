package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlToken;
import io.migrascope.core.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CREATE FUNCTION / PROCEDURE and the argument type list that identifies a routine, spelled as
 * {@code oidvectortypes(proargtypes)} prints it: types only (no names, modes or defaults), without
 * type modifiers ({@code varchar(10)} is "character varying"), joined by ", ". OUT arguments are
 * left out, for procedures too: proargtypes holds only the input arguments.
 */
final class RoutineParser {
    private static final String[] MODES = {"in", "out", "inout", "variadic"};

    private RoutineParser() {
    }

    /** After {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}. */
    static void parse(TokenStream in, StatementContext cx) {
        QualifiedName name = cx.resolve(in.qualifiedName());
        String arguments = argumentTypes(in.parenthesised());
        cx.add(ObjectKind.FUNCTION, name.schema(), name.name(), null, arguments, Effect.CREATES);
    }

    /**
     * The argument types inside a routine's parentheses, or null when one of them cannot be told from
     * the text ({@code %TYPE}, unusual syntax).
     */
    static String argumentTypes(TokenStream arguments) {
        List<String> types = new ArrayList<>();
        for (TokenStream argument : arguments.splitTopLevel(TokenType.COMMA)) {
            String mode = "in";
            if (argument.peekWord(MODES) && argument.peek(1) != null) {
                mode = argument.next().text().toLowerCase(Locale.ROOT);
            }
            List<SqlToken> tokens = withoutDefault(argument.remaining());
            if (mode.equals("out")) {
                continue;
            }
            String type = typeOf(tokens);
            if (type == null) {
                return null;
            }
            types.add(type);
        }
        return String.join(", ", types);
    }

    /** {@code [name] type}: the type alone if it reads as one, else the rest after a name. */
    private static String typeOf(List<SqlToken> tokens) {
        for (int skip = 0; skip <= 1 && skip < tokens.size(); skip++) {
            TokenStream attempt = new TokenStream(tokens.subList(skip, tokens.size()));
            try {
                TypeName type = TypeReader.read(attempt);
                if (attempt.atEnd()) {
                    return type == null ? null : type.format(false);
                }
            } catch (ParseFailure e) {
                // not a type from here; try after the argument name
            }
        }
        return null;
    }

    /** Cuts {@code DEFAULT expr} or {@code = expr} off an argument. */
    private static List<SqlToken> withoutDefault(List<SqlToken> tokens) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.is(TokenType.LEFT_PAREN) || t.is(TokenType.LEFT_BRACKET)) {
                depth++;
            } else if (t.is(TokenType.RIGHT_PAREN) || t.is(TokenType.RIGHT_BRACKET)) {
                depth--;
            } else if (depth == 0 && (t.isWord("default") || t.is(TokenType.OPERATOR) && t.text().equals("="))) {
                return tokens.subList(0, i);
            }
        }
        return tokens;
    }
}
