package io.migrascope.core.tool.prisma;

import io.migrascope.core.tool.FileText;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Proves that a changed checksum comes from a cosmetic edit when the tool stored only a hash of the
 * applied text (Prisma, Drizzle): the usual cosmetic edits of today's file — a byte order mark added
 * or removed, other line endings, trailing spaces, a final newline added or dropped — are undone in
 * every combination, and if one of those texts has the stored hash, that text is what was applied
 * and it differs from today's only cosmetically. Runs only after a mismatch, so the 54 hashes it
 * may compute cost nothing in a clean status.
 */
public final class CosmeticEdits {
    private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \\t]+(?=\\r?\\n|\\z)");

    private CosmeticEdits() {
    }

    /** True when some cosmetic variant of {@code text} satisfies {@code hasStoredChecksum}. */
    public static boolean explain(String text, Predicate<String> hasStoredChecksum) {
        String body = FileText.withoutBom(text);
        for (String bom : new String[] {"", "\uFEFF"}) {
            for (String endings : lineEndings(body)) {
                for (String blanks : distinct(endings, TRAILING_BLANKS.matcher(endings).replaceAll(""))) {
                    for (String end : finalNewlines(blanks)) {
                        if (hasStoredChecksum.test(bom + end)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static Set<String> lineEndings(String text) {
        String lf = text.replace("\r\n", "\n");
        return distinct(text, lf, lf.replace("\n", "\r\n"));
    }

    private static Set<String> finalNewlines(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        String stripped = text.substring(0, end);
        return distinct(text, stripped, stripped + (text.contains("\r\n") ? "\r\n" : "\n"));
    }

    private static Set<String> distinct(String... texts) {
        return new LinkedHashSet<>(java.util.List.of(texts));
    }
}
