package io.migrascope.core.tool.prisma;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.tool.ChecksumAlgorithm;
import io.migrascope.core.tool.ChecksumMatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Prisma's checksum rules, from {@code schema-engine/connectors/schema-connector/src/checksum.rs}:
 * SHA-256 of migration.sql as read into a string, 64 lower-case hex characters; a stored checksum
 * matches the file as it is, with CRLF turned into LF, or with every LF turned into CRLF (git's
 * line-ending games); a stored checksum that is not 64 characters long is an old engine's, written
 * without zero-padding each byte (prisma-engines #1887), and is compared in that form.
 */
public final class PrismaChecksum {
    /** Prisma's CLI reads migration.sql with {@code fs.readFile(path, "utf-8")} and the engine hashes that string. */
    public static final ChecksumAlgorithm ALGORITHM = NodeText::sha256OfFile;
    private static final int HEX_LENGTH = 64;

    private PrismaChecksum() {
    }

    /** {@code script_matches_checksum}: true when Prisma itself would see no edit. */
    public static boolean matches(String script, String stored) {
        return matchesExactly(script, stored)
                || matchesExactly(script.replace("\r\n", "\n"), stored)
                || matchesExactly(script.replace("\n", "\r\n"), stored);
    }

    /** Compares a file with the checksum of its counting row; reads the file again only when the hashes differ. */
    static ChecksumMatch compare(MigrationFile file, String stored) {
        if (stored == null) {
            return ChecksumMatch.NOT_STORED;
        }
        if (stored.equals(file.checksum())) {
            return ChecksumMatch.SAME;
        }
        String script;
        try {
            script = NodeText.decode(Files.readAllBytes(file.path()));
        } catch (IOException | SecurityException e) {
            return ChecksumMatch.CHANGED;
        }
        if (matches(script, stored)) {
            // Prisma calls a line-ending-only change no change at all, so neither do we.
            return ChecksumMatch.SAME;
        }
        return CosmeticEdits.explain(script, variant -> matchesExactly(variant, stored))
                ? ChecksumMatch.COSMETIC : ChecksumMatch.CHANGED;
    }

    private static boolean matchesExactly(String script, String stored) {
        byte[] digest = digest(script);
        String rendered = !stored.isEmpty() && stored.length() != HEX_LENGTH ? unpadded(digest) : padded(digest);
        // Rust compares the strings as they are: an upper-case checksum written by hand never matches.
        return rendered.equals(stored);
    }

    static String padded(byte[] digest) {
        return java.util.HexFormat.of().formatHex(digest);
    }

    /** {@code format_checksum_old}: {@code {:x}} per byte, so 0x0a becomes "a". */
    static String unpadded(byte[] digest) {
        StringBuilder out = new StringBuilder(HEX_LENGTH);
        for (byte b : digest) {
            out.append(Integer.toHexString(b & 0xFF));
        }
        return out.toString();
    }

    static byte[] digest(String script) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
