package io.migrascope.demo;

import java.util.regex.Pattern;

/** Quoting for the commands the demo prints, so a path with spaces can be pasted as it is. */
final class ShellWords {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private ShellWords() {
    }

    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return "\"" + word.replace("\"", "\\\"") + "\"";
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
