package io.migrascope.core.tool;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The checksums shared by several formats. */
public final class Checksums {
    private Checksums() {
    }

    /** SHA-256 of the bytes, lower-case hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    /**
     * SHA-256 of the text with everything a "cosmetic" edit may change taken out: a BOM, line
     * endings, trailing whitespace and blank lines. Two files with the same value run the same SQL.
     */
    public static String normalizedSha256(String text) {
        return sha256(normalize(text).getBytes(StandardCharsets.UTF_8));
    }

    /** The text that {@link #normalizedSha256} hashes; also what the drift diff compares. */
    public static String normalize(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int length = text.length();
        StringBuilder out = new StringBuilder(length);
        // One pass over the text, no regex: on 10,000 files the split-based form was a tenth of status.
        // A line ends at \r\n, \r or \n; trailing white space is what String.stripTrailing removes.
        int lineStart = start;
        for (int i = start; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r') {
                continue;
            }
            int end = i;
            while (end > lineStart) {
                int cp = text.codePointBefore(end);
                if (!Character.isWhitespace(cp)) {
                    break;
                }
                end -= Character.charCount(cp);
            }
            if (end > lineStart) {
                out.append(text, lineStart, end).append('\n');
            }
            if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                i++;
            }
            lineStart = i + 1;
        }
        return out.toString();
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
