package io.migrascope.core.sql;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Decoding of quoted identifiers and string constants, kept apart from the lexer's boundary finding. */
final class SqlLiterals {
    /** NAMEDATALEN - 1: the server silently truncates longer identifiers. */
    private static final int MAX_IDENTIFIER_BYTES = 63;

    private SqlLiterals() {
    }

    static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    static String asciiLowerCase(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char lower = asciiLower(c);
            if (lower != c && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(lower);
            }
        }
        return sb == null ? s : sb.toString();
    }

    static String truncateIdentifier(String name) {
        if (name.length() * 3 <= MAX_IDENTIFIER_BYTES
                || name.getBytes(StandardCharsets.UTF_8).length <= MAX_IDENTIFIER_BYTES) {
            return name;
        }
        int bytes = 0;
        int i = 0;
        while (i < name.length()) {
            int cp = name.codePointAt(i);
            int size = utf8Length(cp);
            if (bytes + size > MAX_IDENTIFIER_BYTES) {
                break;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return name.substring(0, i);
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    static String unquoteIdentifier(String token) {
        boolean unicode = token.charAt(0) != '"';
        String body = undoubleQuotes(token.substring(unicode ? 3 : 1, token.length() - 1), '"');
        return unicode ? decodeUnicodeEscapes(body) : body;
    }

    static String stringValue(String token) {
        char first = token.charAt(0);
        if (first == '\'') {
            return undoubleQuotes(token.substring(1, token.length() - 1), '\'');
        }
        if (first == 'e' || first == 'E') {
            return decodeBackslashEscapes(token.substring(2, token.length() - 1));
        }
        if (first == 'n' || first == 'N') {
            return undoubleQuotes(token.substring(2, token.length() - 1), '\'');
        }
        return decodeUnicodeEscapes(undoubleQuotes(token.substring(3, token.length() - 1), '\''));
    }

    static String dollarBody(String token) {
        int delimiterLength = token.indexOf('$', 1) + 1;
        return token.substring(delimiterLength, token.length() - delimiterLength);
    }

    static String undoubleQuotes(String body, char quote) {
        String doubled = String.valueOf(new char[] {quote, quote});
        return body.indexOf(doubled) < 0 ? body : body.replace(doubled, String.valueOf(quote));
    }

    /** U&'' / U&"" escapes with the default escape char: \XXXX, \+XXXXXX and \\. */
    static String decodeUnicodeEscapes(String body) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
            } else if (i + 1 < body.length() && body.charAt(i + 1) == '\\') {
                sb.append('\\');
                i += 2;
            } else if (i + 1 < body.length() && body.charAt(i + 1) == '+' && appendHex(sb, body, i + 2, 6)) {
                i += 8;
            } else if (appendHex(sb, body, i + 1, 4)) {
                i += 5;
            } else {
                sb.append(c); // the server would reject this; keep the text rather than guess
                i++;
            }
        }
        return sb.toString();
    }

    /** E'' escapes. Octal and hex escapes denote bytes, which together may form one UTF-8 character. */
    static String decodeBackslashEscapes(String body) {
        StringBuilder sb = new StringBuilder(body.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                flush(bytes, sb).append('\'');
                i += 2;
                continue;
            }
            if (c != '\\' || i + 1 >= body.length()) {
                flush(bytes, sb).append(c);
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            int octal = countDigits(body, i + 1, 3, 8);
            if (octal > 0) {
                bytes.write(Integer.parseInt(body, i + 1, i + 1 + octal, 8) & 0xFF);
                i += 1 + octal;
                continue;
            }
            if (e == 'x') {
                int hex = countDigits(body, i + 2, 2, 16);
                if (hex > 0) {
                    bytes.write(Integer.parseInt(body, i + 2, i + 2 + hex, 16));
                    i += 2 + hex;
                    continue;
                }
            }
            flush(bytes, sb);
            if (e == 'u' && appendHex(sb, body, i + 2, 4)) {
                i += 6;
            } else if (e == 'U' && appendHex(sb, body, i + 2, 8)) {
                i += 10;
            } else {
                sb.append(switch (e) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> e;
                });
                i += 2;
            }
        }
        return flush(bytes, sb).toString();
    }

    private static StringBuilder flush(ByteArrayOutputStream bytes, StringBuilder sb) {
        if (bytes.size() > 0) {
            sb.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
        return sb;
    }

    private static int countDigits(String s, int from, int max, int radix) {
        int n = 0;
        while (n < max && from + n < s.length() && Character.digit(s.charAt(from + n), radix) >= 0
                && s.charAt(from + n) < 0x80) {
            n++;
        }
        return n;
    }

    private static boolean appendHex(StringBuilder sb, String s, int from, int digits) {
        if (countDigits(s, from, digits, 16) != digits) {
            return false;
        }
        int cp = Integer.parseInt(s, from, from + digits, 16);
        if (!Character.isValidCodePoint(cp)) {
            return false;
        }
        sb.appendCodePoint(cp);
        return true;
    }
}
