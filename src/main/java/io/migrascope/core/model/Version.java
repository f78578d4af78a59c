package io.migrascope.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A migration version as written in a file name or a tracking row: {@code 001}, a 14-digit
 * timestamp, or dotted {@code 1.2.3}. Numeric versions compare part by part as integers, with
 * trailing zero parts ignored (so {@code 003}, {@code 3} and {@code 3.0} are the same version,
 * which is exactly the clash a duplicate-version check must catch). Versions that are not numeric
 * (tools keyed by name) compare as text after every numeric version.
 */
public final class Version implements Comparable<Version> {
    private final String text;
    /** Each numeric part as decimal digits without leading zeros ("0" for zero), trailing zero parts dropped. */
    private final List<String> parts;
    /**
     * The value of a one-part numeric version of at most 18 digits (a counter or a timestamp, nearly
     * every version there is), else -1. Two such versions compare as two longs: a status run at
     * 10,000 migrations compares versions half a million times in its sorted maps.
     */
    private final long single;

    private Version(String text, List<String> parts) {
        this.text = text;
        this.parts = parts;
        this.single = parts.size() == 1 && parts.get(0).length() <= 18 ? Long.parseLong(parts.get(0)) : -1;
    }

    /** Parses a version; never fails: text that is not numeric becomes a textual version. */
    public static Version parse(String text) {
        Objects.requireNonNull(text, "version text");
        String trimmed = text.strip();
        List<String> parts = numericParts(trimmed);
        return new Version(trimmed, parts == null ? List.of() : parts);
    }

    /**
     * The numeric parts, or null when the text is not a numeric version. Digits are kept as text:
     * comparing by length and then character by character orders them as integers of any size,
     * without a BigInteger per part (sorting 100,000 file names compares versions two million times).
     */
    private static List<String> numericParts(String text) {
        if (text.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c == '.' || c == '_') {
                if (i == start) {
                    return null;
                }
                int digits = start;
                while (digits < i - 1 && text.charAt(digits) == '0') {
                    digits++;
                }
                parts.add(text.substring(digits, i));
                start = i + 1;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        int end = parts.size();
        while (end > 1 && parts.get(end - 1).equals("0")) {
            end--;
        }
        return List.copyOf(parts.subList(0, end));
    }

    /**
     * A version that orders as text whatever it looks like: for tools that compare versions as
     * strings (Supabase, Atlas) or key migrations by name (Knex, node-pg-migrate).
     */
    public static Version textual(String text) {
        Objects.requireNonNull(text, "version text");
        return new Version(text, List.of());
    }

    /** The version exactly as written. */
    public String text() {
        return text;
    }

    public boolean isNumeric() {
        return !parts.isEmpty();
    }

    @Override
    public int compareTo(Version other) {
        if (single >= 0 && other.single >= 0) {
            return Long.compare(single, other.single);
        }
        if (isNumeric() != other.isNumeric()) {
            return isNumeric() ? -1 : 1;
        }
        if (!isNumeric()) {
            return text.compareTo(other.text);
        }
        int common = Math.min(parts.size(), other.parts.size());
        for (int i = 0; i < common; i++) {
            String a = parts.get(i);
            String b = other.parts.get(i);
            int c = a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(parts.size(), other.parts.size());
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof Version v && single >= 0 && v.single >= 0) {
            return single == v.single;
        }
        return o instanceof Version v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return isNumeric() ? parts.hashCode() : text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
