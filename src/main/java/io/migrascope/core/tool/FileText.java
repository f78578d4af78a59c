package io.migrascope.core.tool;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding: a file PostgreSQL would receive garbled is reported, never guessed at. */
public final class FileText {
    private FileText() {
    }

    /** The decoded text, or empty if the bytes are not UTF-8 (see {@link #invalidUtf8Offset}). */
    public static Optional<String> decode(byte[] bytes) {
        // The lenient decoder is the JDK's fast path; it marks every invalid sequence with U+FFFD,
        // so only a text holding U+FFFD (rare, and possibly legitimate) needs the strict check.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return Optional.of(lenient);
        }
        try {
            return Optional.of(decoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The byte offset of the first invalid UTF-8 sequence, or -1. */
    public static long invalidUtf8Offset(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder().decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return result.isError() ? in.position() : -1;
    }

    /** The offset of the first NUL character, which PostgreSQL refuses in any text, or -1. */
    public static int nulOffset(String text) {
        return text.indexOf('\0');
    }

    /** The text without a leading byte order mark, as it is sent to the server. */
    public static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
