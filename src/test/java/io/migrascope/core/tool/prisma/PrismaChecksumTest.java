package io.migrascope.core.tool.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.ChecksumMatch;
import io.migrascope.core.tool.FileText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Prisma's checksum rules, with the test vectors of prisma-engines' own checksum.rs unit tests. */
class PrismaChecksumTest {
    @TempDir
    Path dir;

    @Test
    void theChecksumIsTheEnginesOwnVectorForHello() {
        // checksum.rs format_checksum_does_not_strip_zeros
        assertEquals("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
                NodeText.sha256("hello"));
    }

    @Test
    void lineEndingsDoNotMatterAsInTheEnginesTest() throws Exception {
        // checksum.rs script_matches_checksum_is_line_ending_agnostic
        List<List<String>> groups = List.of(List.of("ab\ncd\nef\ngh\rab", "ab\r\ncd\r\nef\r\ngh\rab"),
                List.of("ab\ncd\nef\ngh\rab\n", "ab\r\ncd\r\nef\r\ngh\rab\r\n"));
        for (List<String> group : groups) {
            for (String script : group) {
                for (String other : group) {
                    assertTrue(PrismaChecksum.matches(script, PrismaEngineRows.checksum(other)), script + " vs " + other);
                }
            }
        }
    }

    @Test
    void aDifferentScriptOrAnAddedNewlineIsAChange() throws Exception {
        // checksum.rs script_matches_checksum_negative
        assertFalse(PrismaChecksum.matches("abc", PrismaEngineRows.checksum("abcd")));
        assertFalse(PrismaChecksum.matches("abc\n", PrismaEngineRows.checksum("abc")));
    }

    @Test
    void aLegacyChecksumWithoutZeroPaddingStillMatches() throws Exception {
        String script = "CREATE TABLE t (id int);\n";
        byte[] digest = HexFormat.of().parseHex(PrismaEngineRows.checksum(script));
        StringBuilder legacy = new StringBuilder();
        for (byte b : digest) {
            legacy.append(Integer.toHexString(b & 0xFF));
        }
        assertTrue(legacy.length() < 64, "this digest has a byte below 0x10, so the legacy form is shorter");
        assertTrue(PrismaChecksum.matches(script, legacy.toString()));
        assertFalse(PrismaChecksum.matches(script + " ", legacy.toString()));
    }

    @Test
    void anUpperCaseChecksumNeverMatchesBecauseRustComparesTheStrings() throws Exception {
        String script = "SELECT 1;";
        assertFalse(PrismaChecksum.matches(script, PrismaEngineRows.checksum(script).toUpperCase()));
    }

    /** Node's decoder (WHATWG) as observed with Node 20: Buffer.from(bytes).toString(). */
    @ParameterizedTest
    @CsvSource(textBlock = """
            efbbbf61, feff 0061
            61ff62, 0061 fffd 0062
            61e28262, 0061 fffd 0062
            f09f98, fffd
            c0af, fffd fffd
            eda080, fffd fffd fffd
            f4908080, fffd fffd fffd fffd
            e08080, fffd fffd fffd
            e282ac, 20ac
            f09f9880, d83d de00
            """)
    void invalidBytesBecomeReplacementCharactersTheWayNodeDecodes(String hex, String expected) {
        String text = NodeText.decode(HexFormat.of().parseHex(hex));
        StringBuilder units = new StringBuilder();
        for (char c : text.toCharArray()) {
            units.append(units.length() == 0 ? "" : " ").append(String.format("%04x", (int) c));
        }
        assertEquals(expected, units.toString());
    }

    @Test
    void aValidFileHashesItsBytesAndAnInvalidOneTheReplacedText() {
        byte[] valid = "\uFEFFSELECT 'é';".getBytes(StandardCharsets.UTF_8);
        assertEquals(NodeText.sha256("\uFEFFSELECT 'é';"), NodeText.sha256OfFile(valid, FileText.decode(valid).orElseThrow()));
        byte[] invalid = {'S', (byte) 0xFF, ';'};
        assertEquals(NodeText.sha256("S\uFFFD;"), NodeText.sha256OfFile(invalid, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CREATE TABLE a (id int);\\n                | CREATE TABLE a (id int);\\r\\n              | SAME
            CREATE TABLE a (id int);\\n                | CREATE TABLE a (id int);   \\n           | COSMETIC
            CREATE TABLE a (id int);\\n                | \\uFEFFCREATE TABLE a (id int);          | COSMETIC
            CREATE TABLE a (id int);\\n                | CREATE TABLE a (id int);\\r\\n\\r\\n       | COSMETIC
            CREATE TABLE a (id int);\\n                | CREATE TABLE a (id bigint);\\n           | CHANGED
            CREATE TABLE a (id int);\\n                | CREATE TABLE a (id int);\\n              | SAME
            """)
    void aChangedFileIsCosmeticOnlyWhenUndoingACosmeticEditGivesTheStoredChecksum(String applied, String today,
                                                                                   ChecksumMatch expected) throws Exception {
        Path file = dir.resolve("migration.sql");
        byte[] bytes = unescape(today).getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        MigrationFile f = new MigrationFile(Version.textual("1_a"), "a", "1_a/migration.sql", file, bytes.length,
                PrismaChecksum.ALGORITHM.checksum(bytes, FileText.decode(bytes).orElseThrow()), null, List.of());
        assertEquals(expected, PrismaChecksum.compare(f, PrismaEngineRows.checksum(unescape(applied))));
    }

    private static String unescape(String s) {
        return s.strip().replace("\\r", "\r").replace("\\n", "\n").replace("\\uFEFF", "\uFEFF");
    }
}
