package io.migrascope.core.tool.supabase;

/**
 * Go's {@code strings.TrimSpace} and {@code strings.TrimRight}, which decide the exact text Supabase
 * stores. Go trims Unicode White_Space ({@code unicode.IsSpace}), which is not Java's
 * {@link String#strip()}: Go also trims U+0085 and no-break spaces, and keeps U+001C..U+001F.
 */
final class GoStrings {
    private GoStrings() {
    }

    static String trimSpace(String s) {
        int begin = 0;
        int end = s.length();
        while (begin < end && isSpace(s.charAt(begin))) {
            begin++;
        }
        while (end > begin && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(begin, end);
    }

    static String trimRight(String s, char cut) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == cut) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Go's {@code unicode.IsSpace}: every White_Space character is in the Basic Multilingual Plane. */
    static boolean isSpace(char c) {
        switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u0085', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F',
                    '\u205F', '\u3000':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }
}
