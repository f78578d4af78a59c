package io.migrascope.core.sql.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The names PostgreSQL makes up for unnamed indexes, constraints and serial sequences, ported from
 * {@code makeObjectName}, {@code ChooseIndexNameAddition}, {@code ChooseForeignKeyConstraintNameAddition}
 * and {@code ChooseIndexColumnNames} (src/backend/commands/indexcmds.c, tablecmds.c). Lengths are in
 * UTF-8 bytes because the server counts bytes against NAMEDATALEN and never cuts a character in half.
 * The conflict loops ({@code ChooseRelationName}, {@code ChooseConstraintName}) live in {@link FileState},
 * which knows what exists.
 */
final class DefaultNames {
    static final int NAMEDATALEN = 64;

    private DefaultNames() {
    }

    /**
     * {@code name1_name2_label}, shortened to fit 63 bytes by trimming the longer of name1 and name2
     * one byte at a time (then backing off to a character boundary), exactly like makeObjectName.
     *
     * @param name2 may be null: then {@code name1_label}
     */
    static String makeObjectName(String name1, String name2, String label) {
        byte[] n1 = utf8(name1);
        byte[] n2 = name2 == null ? null : utf8(name2);
        int overhead = (n2 != null ? 1 : 0) + utf8(label).length + 1;
        int available = NAMEDATALEN - 1 - overhead;
        int n1chars = n1.length;
        int n2chars = n2 == null ? 0 : n2.length;
        while (n1chars + n2chars > available) {
            if (n1chars > n2chars) {
                n1chars--;
            } else {
                n2chars--;
            }
        }
        StringBuilder sb = new StringBuilder(clip(n1, n1chars));
        if (n2 != null) {
            sb.append('_').append(clip(n2, n2chars));
        }
        return sb.append('_').append(label).toString();
    }

    /**
     * Column names joined by '_', stopping once 64 bytes are reached; the index and foreign key
     * "additions" are built the same way.
     */
    static String joinColumnNames(List<String> columns) {
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (String column : columns) {
            if (bytes > 0) {
                sb.append('_');
                bytes++;
            }
            String part = clip(utf8(column), Math.min(utf8(column).length, NAMEDATALEN - 1));
            sb.append(part);
            bytes += utf8(part).length;
            if (bytes >= NAMEDATALEN) {
                break;
            }
        }
        return sb.toString();
    }

    /**
     * Makes index column names unique by appending 1, 2, ... to repeats ("lower", "lower1"), keeping
     * each under NAMEDATALEN, as ChooseIndexColumnNames does.
     */
    static List<String> uniqueIndexColumnNames(List<String> names) {
        List<String> result = new ArrayList<>();
        for (String original : names) {
            String current = original;
            for (int i = 1; result.contains(current); i++) {
                String suffix = Integer.toString(i);
                byte[] bytes = utf8(original);
                current = clip(bytes, Math.min(bytes.length, NAMEDATALEN - 1 - suffix.length())) + suffix;
            }
            result.add(current);
        }
        return result;
    }

    /** The first {@code maxBytes} bytes of {@code bytes}, backed off to a whole character (pg_mbcliplen). */
    private static String clip(byte[] bytes, int maxBytes) {
        int end = maxBytes;
        // A UTF-8 continuation byte is 10xxxxxx: never start the cut in the middle of a character.
        while (end > 0 && end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
