package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlToken;
import io.migrascope.core.sql.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a type name the way gram.y's {@code Typename} rule does: the SQL-standard multi-word spellings
 * ({@code double precision}, {@code character varying(64)}, {@code timestamp(3) with time zone},
 * {@code interval day to second}), generic possibly-qualified names with modifiers, and array bounds
 * ({@code []}, {@code [3]}, {@code ARRAY}). Keywords are mapped to catalog names as the grammar's
 * SystemTypeName does, so {@code int} and {@code integer} both become {@code int4}.
 */
final class TypeReader {
    private static final String[] INTERVAL_FIELDS = {"year", "month", "day", "hour", "minute", "second"};

    private TypeReader() {
    }

    /**
     * Reads one type at the stream's position.
     *
     * @return the type, or null for {@code table.column%TYPE}, whose type the text cannot tell
     */
    static TypeName read(TokenStream in) {
        in.accept("setof");
        if (!in.peekIdentifier()) {
            throw new ParseFailure("type expected, found " + in.describeNext());
        }
        TypeName type = in.peekIs(TokenType.WORD) ? keywordType(in) : null;
        if (type == null) {
            type = genericType(in);
            if (type == null) {
                return null;
            }
        }
        return arrayBounds(in) ? new TypeName(type.schema(), type.name(), type.modifiers(), type.intervalFields(), true)
                : type;
    }

    private static TypeName keywordType(TokenStream in) {
        SqlToken first = in.peek();
        if (first.isAnyWord("int", "integer")) {
            return simple(in, "int4");
        }
        if (first.isWord("smallint")) {
            return simple(in, "int2");
        }
        if (first.isWord("bigint")) {
            return simple(in, "int8");
        }
        if (first.isWord("real")) {
            return simple(in, "float4");
        }
        if (first.isWord("boolean")) {
            return simple(in, "bool");
        }
        if (first.isWord("double") && in.peekWordAt(1, "precision")) {
            in.next();
            return simple(in, "float8");
        }
        if (first.isWord("float")) {
            in.next();
            List<String> precision = modifiers(in);
            // float(p) is real up to 24 binary digits of precision, double precision above.
            boolean single = !precision.isEmpty() && isSmallInteger(precision.get(0), 24);
            return new TypeName(null, single ? "float4" : "float8", List.of(), null, false);
        }
        if (first.isAnyWord("decimal", "dec", "numeric")) {
            in.next();
            return new TypeName(null, "numeric", modifiers(in), null, false);
        }
        if (first.isAnyWord("character", "char", "nchar", "national", "varchar")) {
            return character(in);
        }
        if (first.isWord("bit")) {
            in.next();
            boolean varying = in.accept("varying");
            List<String> length = modifiers(in);
            // Plain BIT means BIT(1), as CHARACTER means CHARACTER(1).
            return new TypeName(null, varying ? "varbit" : "bit", length.isEmpty() && !varying ? List.of("1") : length,
                    null, false);
        }
        if (first.isAnyWord("timestamp", "time")) {
            in.next();
            List<String> precision = modifiers(in);
            boolean zoned = timeZone(in);
            String name = first.isWord("timestamp") ? "timestamp" : "time";
            return new TypeName(null, zoned ? name + "tz" : name, precision, null, false);
        }
        if (first.isWord("interval")) {
            in.next();
            // INTERVAL DAY TO SECOND(3) or INTERVAL(3): the precision always comes last.
            String fields = intervalFields(in);
            List<String> precision = modifiers(in);
            return new TypeName(null, "interval", precision, fields, false);
        }
        return null;
    }

    private static TypeName character(TokenStream in) {
        SqlToken first = in.next();
        boolean varying;
        if (first.isWord("varchar")) {
            varying = true;
        } else {
            if (first.isWord("national")) {
                if (!in.accept("character", "char")) {
                    throw new ParseFailure("CHARACTER expected after NATIONAL");
                }
            }
            varying = in.accept("varying");
        }
        List<String> length = modifiers(in);
        if (!varying && length.isEmpty()) {
            length = List.of("1");
        }
        return new TypeName(null, varying ? "varchar" : "bpchar", length, null, false);
    }

    private static TypeName simple(TokenStream in, String catalogName) {
        in.next();
        return new TypeName(null, catalogName, List.of(), null, false);
    }

    private static boolean timeZone(TokenStream in) {
        if (in.acceptSequence("with", "time", "zone")) {
            return true;
        }
        in.acceptSequence("without", "time", "zone");
        return false;
    }

    private static String intervalFields(TokenStream in) {
        String from = intervalField(in);
        if (from == null) {
            return null;
        }
        if (in.peekWord("to") && in.peek(1) != null && in.peek(1).isAnyWord(INTERVAL_FIELDS)) {
            in.next();
            return from + " to " + intervalField(in);
        }
        return from;
    }

    private static String intervalField(TokenStream in) {
        for (String field : INTERVAL_FIELDS) {
            if (in.accept(field)) {
                return field;
            }
        }
        return null;
    }

    /** A generic name: {@code uuid}, {@code "MyType"}, {@code extensions.citext}, {@code geometry(Point,4326)}. */
    private static TypeName genericType(TokenStream in) {
        List<String> parts = in.identifierChain();
        if (in.peekIs(TokenType.OPERATOR) && in.peek().text().equals("%") && in.peekWordAt(1, "type")) {
            in.next();
            in.next();
            return null;
        }
        QualifiedName name = QualifiedName.of(parts);
        return new TypeName(name.schema(), name.name(), modifiers(in), null, false);
    }

    /** The comma-separated expressions of an optional parenthesised modifier list, each as compact text. */
    private static List<String> modifiers(TokenStream in) {
        if (!in.peekIs(TokenType.LEFT_PAREN)) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (TokenStream part : in.parenthesised().splitTopLevel(TokenType.COMMA)) {
            StringBuilder sb = new StringBuilder();
            for (SqlToken t : part.remaining()) {
                sb.append(t.is(TokenType.STRING) || t.is(TokenType.DOLLAR_STRING) ? t.stringValue() : t.text());
            }
            result.add(sb.toString());
        }
        return result;
    }

    private static boolean arrayBounds(TokenStream in) {
        boolean array = false;
        if (in.accept("array")) {
            array = true;
        }
        while (in.peekIs(TokenType.LEFT_BRACKET)) {
            in.next();
            in.accept(TokenType.NUMBER);
            in.expect(TokenType.RIGHT_BRACKET);
            array = true;
        }
        return array;
    }

    private static boolean isSmallInteger(String text, int max) {
        try {
            return Integer.parseInt(text.trim()) <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
