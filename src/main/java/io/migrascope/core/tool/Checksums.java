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
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        StringBuilder out = new StringBuilder(body.length());
        for (String line : body.split("\r\n|\r|\n", -1)) {
            String trimmed = line.stripTrailing();
            if (!trimmed.isEmpty()) {
                out.append(trimmed).append('\n');
            }
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
