package io.migrascope.core.tool.flyway;

import io.migrascope.core.tool.ChecksumAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Flyway's checksum ({@code org.flywaydb.core.internal.resolver.ChecksumCalculator}): the file is
 * decoded as UTF-8 and read with {@code BufferedReader.readLine()}, a byte order mark is dropped
 * from the first line only, and every line's UTF-8 bytes go into one CRC32 with no separator; the
 * value is stored as a signed int.
 *
 * <p>Since lines are joined with nothing between them, this is the CRC32 of the file's bytes
 * without a leading BOM and without any CR or LF byte (in UTF-8 those bytes never occur inside a
 * multi-byte character, and the text is strictly decoded first, so the bytes are what Flyway's
 * {@code line.getBytes(UTF_8)} produces). Computing it over the bytes spares a copy of every
 * file as lines. The tests prove the equality against rows real Flyway 13.12 wrote.
 */
final class FlywayChecksum implements ChecksumAlgorithm {
    static final FlywayChecksum INSTANCE = new FlywayChecksum();

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private FlywayChecksum() {
    }

    /** Null when the file is not UTF-8: Flyway then fails with "Unable to calculate checksum". */
    @Override
    public String checksum(byte[] bytes, String text) {
        return text == null ? null : Integer.toString(of(bytes));
    }

    /** The checksum of bytes already known to be UTF-8. */
    static int of(byte[] bytes) {
        int start = startsWithBom(bytes) ? BOM.length : 0;
        CRC32 crc = new CRC32();
        int runStart = start;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                crc.update(bytes, runStart, i - runStart);
                runStart = i + 1;
            }
        }
        crc.update(bytes, runStart, bytes.length - runStart);
        return (int) crc.getValue();
    }

    /** The checksum of text, as Flyway reads it. */
    static int of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }
}
