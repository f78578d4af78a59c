package io.migrascope.core.tool.nodepgmigrate;

import java.math.BigInteger;
import java.text.Collator;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The order node-pg-migrate runs files in (src/migration.ts, getMigrationFilePaths): by the
 * timestamp of the prefix before the first underscore — 13 digits are {@code Date.now()}
 * milliseconds, 17 digits the {@code utc} format converted to milliseconds, anything else its
 * numeric value or 0 — then by {@code localeCompare} with {@code numeric: true,
 * ignorePunctuation: true}. Plain string order is wrong as soon as both prefix formats meet.
 */
public final class NodePgMigrateOrder implements Comparator<String> {
    public static final NodePgMigrateOrder INSTANCE = new NodePgMigrateOrder();
    private static final Collator LETTERS = Collator.getInstance(Locale.ENGLISH);

    private NodePgMigrateOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int byTime = Long.compare(timestamp(a), timestamp(b));
        return byTime != 0 ? byTime : localeCompareNumerically(a, b);
    }

    /** What getNumericPrefix returns for a file name, with an invalid 17-digit date taken as 0. */
    public static long timestamp(String fileName) {
        String prefix = fileName.split("_", -1)[0];
        if (!prefix.isEmpty() && prefix.chars().allMatch(Character::isDigit)) {
            if (prefix.length() == 13) {
                return Long.parseLong(prefix);
            }
            if (prefix.length() == 17) {
                return utcMillis(prefix).orElse(0);
            }
            // Number(prefix): doubles beyond 2^63 are far past any real prefix; saturate.
            BigInteger n = new BigInteger(prefix);
            return n.bitLength() < 63 ? n.longValue() : Long.MAX_VALUE;
        }
        return 0;
    }

    /** True when node-pg-migrate can read a timestamp from the prefix (else it logs "Can't determine timestamp"). */
    public static boolean hasTimestampPrefix(String fileName) {
        String prefix = fileName.split("_", -1)[0];
        boolean digits = !prefix.isEmpty() && prefix.chars().allMatch(Character::isDigit);
        return digits && (prefix.length() == 13 || prefix.length() == 17 && utcMillis(prefix).isPresent());
    }

    private static OptionalLong utcMillis(String p) {
        try {
            LocalDateTime t = LocalDateTime.of(Integer.parseInt(p.substring(0, 4)), Integer.parseInt(p.substring(4, 6)),
                    Integer.parseInt(p.substring(6, 8)), Integer.parseInt(p.substring(8, 10)),
                    Integer.parseInt(p.substring(10, 12)), Integer.parseInt(p.substring(12, 14)),
                    Integer.parseInt(p.substring(14, 17)) * 1_000_000);
            return OptionalLong.of(t.toInstant(ZoneOffset.UTC).toEpochMilli());
        } catch (DateTimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * ICU collation as {@code localeCompare(b, undefined, {numeric: true, ignorePunctuation: true,
     * sensitivity: 'variant'})} sees it: punctuation and spaces are ignored, digit runs compare by
     * value and before letters, letters compare without case and accents first, then accents, then
     * case (lower first).
     */
    static int localeCompareNumerically(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        for (int i = 0; i < Math.min(ta.size(), tb.size()); i++) {
            int c = comparePrimary(ta.get(i), tb.get(i));
            if (c != 0) {
                return c;
            }
        }
        if (ta.size() != tb.size()) {
            return Integer.compare(ta.size(), tb.size());
        }
        synchronized (LETTERS) {
            LETTERS.setStrength(Collator.TERTIARY);
            return LETTERS.compare(String.join("", ta), String.join("", tb));
        }
    }

    private static int comparePrimary(String x, String y) {
        boolean dx = Character.isDigit(x.charAt(0));
        boolean dy = Character.isDigit(y.charAt(0));
        if (dx && dy) {
            return new BigInteger(x).compareTo(new BigInteger(y));
        }
        if (dx != dy) {
            return dx ? -1 : 1;
        }
        return base(x).compareTo(base(y));
    }

    private static String base(String letters) {
        String decomposed = Normalizer.normalize(letters, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Digit runs and single letters, punctuation and whitespace dropped. */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isDigit(cp)) {
                int j = i;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
                continue;
            }
            if (!isIgnorable(cp)) {
                out.add(s.substring(i, i + len));
            }
            i += len;
        }
        return out;
    }

    private static boolean isIgnorable(int cp) {
        if (Character.isWhitespace(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION -> true;
            default -> false;
        };
    }
}
