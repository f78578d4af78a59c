package io.migrascope.core.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parenthesised option list such as {@code (VERBOSE, CONCURRENTLY false)} or
 * {@code WITH (refresh = false, copy_data = true)}, read well enough to tell boolean options apart.
 */
final class UtilityOptions {
    private final Map<String, List<SqlToken>> values;

    private UtilityOptions(Map<String, List<SqlToken>> values) {
        this.values = values;
    }

    /** Reads the list when the cursor is at its '('; otherwise returns an empty list and consumes nothing. */
    static UtilityOptions read(TokenCursor cursor) {
        Map<String, List<SqlToken>> values = new HashMap<>();
        if (!cursor.peekIs(0, TokenType.LEFT_PAREN)) {
            return new UtilityOptions(values);
        }
        cursor.next();
        int depth = 1;
        String name = null;
        List<SqlToken> value = new ArrayList<>();
        for (SqlToken t = cursor.next(); t != null; t = cursor.next()) {
            if (t.is(TokenType.LEFT_PAREN)) {
                depth++;
            } else if (t.is(TokenType.RIGHT_PAREN) && --depth == 0) {
                break;
            }
            if (depth == 1 && t.is(TokenType.COMMA)) {
                name = null;
                value = new ArrayList<>();
            } else if (name == null && (t.is(TokenType.WORD) || t.is(TokenType.QUOTED_IDENTIFIER))) {
                name = t.identifierName();
                value = new ArrayList<>();
                values.put(name, value);
            } else if (name != null && !(value.isEmpty() && t.is(TokenType.OPERATOR) && t.text().equals("="))) {
                value.add(t);
            }
        }
        return new UtilityOptions(values);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * The option's boolean value the way the server's defGetBoolean reads it (no value means true), or
     * empty when the option is absent or its value is not a plain boolean.
     */
    Optional<Boolean> bool(String name) {
        List<SqlToken> value = values.get(name);
        if (value == null || value.size() > 1) {
            return Optional.empty();
        }
        if (value.isEmpty()) {
            return Optional.of(true);
        }
        SqlToken t = value.get(0);
        String text = switch (t.type()) {
            case WORD, NUMBER -> SqlLiterals.asciiLowerCase(t.text());
            case STRING -> SqlLiterals.asciiLowerCase(t.stringValue());
            default -> "";
        };
        return switch (text) {
            case "true", "on", "1" -> Optional.of(true);
            case "false", "off", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
