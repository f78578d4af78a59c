package io.migrascope.core.tool.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.ChecksumMatch;
import io.migrascope.core.tool.FileScan;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Flyway's CRC32, proven equal to what the real Flyway 13.12 stores and resolves. */
@ExtendWith(PostgresExtension.class)
class FlywayChecksumTest {
    @TempDir
    Path dir;

    private final FlywayTool tool = new FlywayTool();

    /** Files Flyway can run, whose checksums it stores. */
    private static final Map<String, String> NASTY = new LinkedHashMap<>();

    static {
        NASTY.put("V1__crlf.sql", "SELECT 1;\r\nSELECT 2;\r\n");
        NASTY.put("V2__lone_cr.sql", "SELECT 1;\rSELECT 2;\r");
        NASTY.put("V3__bom.sql", "\uFEFFSELECT 1;\n");
        NASTY.put("V4__bom_on_line_two.sql", "SELECT 1;\n\uFEFFSELECT 2;\n");
        NASTY.put("V5__blank_lines.sql", "\n\nSELECT 1;\n\n\n\nSELECT 2;\n\n");
        NASTY.put("V6__trailing_blanks.sql", "SELECT 1;   \nSELECT 2;\t\n");
        NASTY.put("V7__non_ascii.sql", "SELECT 'é€𝄞 ü';\n-- Grüße\n");
        NASTY.put("V8__empty.sql", "");
        NASTY.put("V9__doc_vector.sql", "CREATE TABLE t (id int);\r\n\r\nSELECT 1;\n");
        NASTY.put("V10__other_separators.sql", "SELECT 1;\n-- not line ends to Java's readLine: \u2028 \u0085 \f\nSELECT 2;\n");
        NASTY.put("V11__no_final_newline.sql", "SELECT 1;\nSELECT 2;");
        NASTY.put("V12__mixed_endings.sql", "SELECT 1;\r\n\rSELECT 2;\n\r\n");
    }

    @Test
    void nastyFilesGetTheChecksumFlywayStores(TestDatabase db) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir);
        NASTY.forEach((name, text) -> folder.bytes(name, text.getBytes(StandardCharsets.UTF_8)));
        RealFlyway.of(db, dir).migrate();

        Map<String, String> stored = new TreeMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT script, checksum FROM flyway_schema_history")) {
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getString(2));
            }
        }
        assertEquals(NASTY.size(), stored.size(), "Flyway ran every file: " + stored);
        assertEquals(stored, checksumsOf(tool.scan(dir)));
        // The reference's derived test vector, now confirmed by Flyway itself.
        assertEquals("-1645056791", stored.get("V9__doc_vector.sql"));
        assertEquals("0", stored.get("V8__empty.sql"));
        // A BOM counts only on the first line; CR, LF and blank lines never count.
        assertEquals(stored.get("V1__crlf.sql"), stored.get("V2__lone_cr.sql"));
        assertEquals(stored.get("V1__crlf.sql"), stored.get("V5__blank_lines.sql"));
        assertFalse(stored.get("V1__crlf.sql").equals(stored.get("V4__bom_on_line_two.sql")));
    }

    @Test
    void filesFlywayCannotRunStillHaveItsChecksum(TestDatabase db) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir);
        // PostgreSQL refuses the second BOM, so Flyway resolves these but cannot store them.
        folder.bytes("V1__two_boms.sql", "\uFEFF\uFEFFSELECT 1;\n".getBytes(StandardCharsets.UTF_8))
                .bytes("V2__only_a_bom.sql", "\uFEFF".getBytes(StandardCharsets.UTF_8))
                .bytes("V3__bom_and_crlf.sql", "\uFEFF\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> resolved = new TreeMap<>();
        for (MigrationInfo i : RealFlyway.info(RealFlyway.of(db, dir))) {
            resolved.put(i.getScript(), String.valueOf(i.getChecksum()));
        }
        assertEquals(resolved, checksumsOf(tool.scan(dir)));
    }

    @Test
    void aFileThatIsNotUtf8HasNoChecksumAndFlywayCannotComputeOneEither(TestDatabase db) throws Exception {
        new MigrationFolder(dir).bytes("V1__latin1.sql", new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', '\'', (byte) 0xE9, '\''});
        MigrationFile file = tool.scan(dir).files().get(0);
        assertNull(file.checksum());
        assertTrue(file.has(FileProblem.Kind.UNREADABLE), file.problems().toString());
        Flyway flyway = RealFlyway.of(db, dir);
        RuntimeException e = assertThrows(RuntimeException.class, flyway::info);
        assertTrue(e.getMessage().contains("Unable to calculate checksum of V1__latin1.sql"), e.getMessage());
    }

    @Test
    void trailingWhitespaceIsCosmeticOnlyOutsideLiterals() throws Exception {
        String applied = "CREATE TABLE t (\n  id int,\n  note text DEFAULT 'a\nb'\n);\n";
        TrackedRow row = rowWithChecksum(FlywayChecksum.of(applied));
        MigrationFolder folder = new MigrationFolder(dir);

        folder.file("V1__t.sql", applied.replace("\n", "\r\n"));
        assertEquals(ChecksumMatch.SAME, tool.compare(only(), row), "line endings: Flyway's CRC ignores them");

        folder.file("V1__t.sql", "CREATE TABLE t (  \n  id int,\t\n  note text DEFAULT 'a\nb'\n); -- x\n");
        assertEquals(ChecksumMatch.CHANGED, tool.compare(only(), row), "a new comment changes the checksum");

        folder.file("V1__t.sql", "CREATE TABLE t (  \n  id int,\t\n  note text DEFAULT 'a\nb'\n);   \n");
        assertEquals(ChecksumMatch.COSMETIC, tool.compare(only(), row), "blanks at line ends outside the literal");

        folder.file("V1__t.sql", "CREATE TABLE t (\n  id int,\n  note text DEFAULT 'a  \nb'\n);\n");
        assertEquals(ChecksumMatch.CHANGED, tool.compare(only(), row), "blanks inside a literal change its value");

        folder.file("V1__t.sql", "CREATE TABLE t (\n  id bigint,\n  note text DEFAULT 'a\nb'\n);\n");
        assertEquals(ChecksumMatch.CHANGED, tool.compare(only(), row));
    }

    private MigrationFile only() throws Exception {
        return tool.scan(dir).files().get(0);
    }

    private static TrackedRow rowWithChecksum(int checksum) {
        return new TrackedRow(Version.parse("1"), "t", TrackedRow.Outcome.SUCCESS, Integer.toString(checksum), null,
                null, null, null, Map.of(), Map.of());
    }

    private static Map<String, String> checksumsOf(FileScan scan) {
        Map<String, String> out = new TreeMap<>();
        scan.files().forEach(f -> out.put(f.file(), f.checksum()));
        return out;
    }
}
