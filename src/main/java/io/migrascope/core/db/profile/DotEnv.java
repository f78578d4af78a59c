package io.migrascope.core.db.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code .env} files as the dotenv libraries of the seeds' projects do: {@code KEY=value},
 * an optional {@code export }, {@code #} comments (inline only after whitespace in unquoted values),
 * single quotes taken literally, double quotes with {@code \n \" \\} escapes and possibly several
 * lines, and {@code ${OTHER}} from keys defined earlier in the same file.
 */
public final class DotEnv {
    private final String text;
    private int pos;
    private final Map<String, String> values = new LinkedHashMap<>();

    private DotEnv(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Key to value, in file order; a later definition of a key wins. */
    public static Map<String, String> parse(String text) {
        DotEnv env = new DotEnv(text);
        env.readAll();
        return env.values;
    }

    private void readAll() {
        while (pos < text.length()) {
            skipBlanks();
            if (pos >= text.length()) {
                return;
            }
            if (peek() == '#' || peek() == '\n' || peek() == '\r') {
                skipLine();
                continue;
            }
            readAssignment();
        }
    }

    private void readAssignment() {
        if (text.startsWith("export ", pos) || text.startsWith("export\t", pos)) {
            pos += "export".length();
            skipBlanks();
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '.' || peek() == '-')) {
            pos++;
        }
        String key = text.substring(start, pos);
        skipBlanks();
        if (key.isEmpty() || pos >= text.length() || peek() != '=') {
            skipLine();
            return;
        }
        pos++;
        skipBlanks();
        String value;
        if (pos < text.length() && peek() == '\'') {
            value = quoted('\'');
        } else if (pos < text.length() && peek() == '"') {
            value = expand(quoted('"'));
        } else {
            value = expand(unquoted());
        }
        values.put(key, value);
        skipLine();
    }

    private String quoted(char quote) {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length() && peek() != quote) {
            char c = text.charAt(pos++);
            if (quote == '"' && c == '\\' && pos < text.length()) {
                char next = text.charAt(pos++);
                switch (next) {
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    default -> sb.append(next);
                }
            } else {
                sb.append(c);
            }
        }
        pos++;
        return sb.toString();
    }

    private String unquoted() {
        int start = pos;
        while (pos < text.length() && peek() != '\n' && peek() != '\r') {
            if (peek() == '#' && pos > start && Character.isWhitespace(text.charAt(pos - 1))) {
                break;
            }
            pos++;
        }
        return text.substring(start, pos).strip();
    }

    private String expand(String value) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int open = value.indexOf("${", i);
            int close = open < 0 ? -1 : value.indexOf('}', open);
            if (open < 0 || close < 0) {
                sb.append(value, i, value.length());
                break;
            }
            String name = value.substring(open + 2, close);
            sb.append(value, i, open);
            sb.append(values.containsKey(name) ? values.get(name) : value.substring(open, close + 1));
            i = close + 1;
        }
        return sb.toString();
    }

    private char peek() {
        return text.charAt(pos);
    }

    private void skipBlanks() {
        while (pos < text.length() && (peek() == ' ' || peek() == '\t')) {
            pos++;
        }
    }

    private void skipLine() {
        while (pos < text.length() && peek() != '\n') {
            pos++;
        }
        if (pos < text.length()) {
            pos++;
        }
    }
}
