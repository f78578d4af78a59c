package io.migrascope.core.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The normalised checksum is stored in tracking rows, so its text must never change: the one-pass
 * normaliser is held to the definition it replaced (split at line breaks, strip trailing white
 * space, drop blank lines), and the fast UTF-8 decode to the strict decoder.
 */
class NormalizationPropertiesTest {

    @Property(tries = 3000)
    void theOnePassNormaliserEqualsTheDefinition(@ForAll("texts") String text) {
        assertEquals(byDefinition(text), Checksums.normalize(text));
    }

    @Property(tries = 3000)
    void theFastDecodeAcceptsExactlyWhatTheStrictDecoderAccepts(@ForAll("bytes") byte[] bytes) {
        Optional<String> strict;
        try {
            strict = Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            strict = Optional.empty();
        }
        assertEquals(strict, FileText.decode(bytes));
    }

    private static String byDefinition(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\r\n|\r|\n", -1)) {
            String trimmed = line.stripTrailing();
            if (!trimmed.isEmpty()) {
                out.append(trimmed).append('\n');
            }
        }
        return out.toString();
    }

    @Provide
    Arbitrary<String> texts() {
        // Line breaks, ASCII and Unicode white space, a BOM, a surrogate pair and plain letters.
        return Arbitraries.strings().withChars('\r', '\n', ' ', '\t', '\u000B', '\f', '\u2003', '\u00A0',
                '\u3000', '\uFEFF', 'a', 'Z', ';', '\uD83D', '\uDE00').ofMaxLength(40);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(24);
    }
}
