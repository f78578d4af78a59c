package io.migrascope.core.tool.prisma;

import io.migrascope.core.tool.Checksums;
import java.nio.charset.StandardCharsets;

/**
 * A file as a Node.js tool sees it: {@code fs.readFile(path, "utf-8")} or
 * {@code readFileSync(path).toString()} decode UTF-8 the WHATWG way, turning every invalid
 * sequence into U+FFFD (one per maximal invalid subpart, which is not what Java's decoder does for
 * surrogate encodings such as {@code ED A0 80}), and keep a byte order mark. Prisma's CLI and
 * drizzle-orm hash that string's UTF-8 encoding, so a file with invalid bytes still has a
 * checksum — of the replaced text. Shared with the Drizzle format.
 */
public final class NodeText {
    private static final char REPLACEMENT = '\uFFFD';

    private NodeText() {
    }

    /** The text Node decodes from {@code bytes}. */
    public static String decode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                out.append((char) lead);
                i++;
                continue;
            }
            int need;
            int codePoint;
            int lower = 0x80;
            int upper = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                need = 1;
                codePoint = lead & 0x1F;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                need = 2;
                codePoint = lead & 0x0F;
                lower = lead == 0xE0 ? 0xA0 : 0x80;
                upper = lead == 0xED ? 0x9F : 0xBF;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                need = 3;
                codePoint = lead & 0x07;
                lower = lead == 0xF0 ? 0x90 : 0x80;
                upper = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                out.append(REPLACEMENT);
                i++;
                continue;
            }
            int next = i + 1;
            int seen = 0;
            while (seen < need && next < bytes.length) {
                int b = bytes[next] & 0xFF;
                if (b < lower || b > upper) {
                    break;
                }
                codePoint = (codePoint << 6) | (b & 0x3F);
                lower = 0x80;
                upper = 0xBF;
                next++;
                seen++;
            }
            if (seen < need) {
                // The valid prefix becomes one U+FFFD; the offending byte starts the next sequence.
                out.append(REPLACEMENT);
            } else {
                out.appendCodePoint(codePoint);
            }
            i = next;
        }
        return out.toString();
    }

    /** SHA-256 hex of the text's UTF-8 encoding: {@code crypto.createHash("sha256").update(text)}. */
    public static String sha256(String text) {
        return Checksums.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The checksum a Node tool computes over a file's bytes. {@code strictText} is the strict
     * decoding (null when the bytes are not UTF-8): valid UTF-8 round-trips, so its hash is the hash
     * of the bytes themselves, and only broken files pay for the replacement decoding.
     */
    public static String sha256OfFile(byte[] bytes, String strictText) {
        return strictText != null ? Checksums.sha256(bytes) : sha256(decode(bytes));
    }
}
