package io.migrascope.core.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.Version;
import io.migrascope.core.sql.SqlSplitter;
import io.migrascope.core.tool.nativeformat.NativeTool;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/}) and the cases made at test time
 * (huge files, symbolic-link loops, unreadable files, names with spaces, Unicode and shell
 * metacharacters) through the scanner and {@code status}: every file is named with what is wrong
 * with it, nothing crashes, and good files with odd names are applied like any other.
 */
@ExtendWith(PostgresExtension.class)
class HostileInputTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "hostile");

    @TempDir
    Path dir;

    private void copyCorpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }

    /** Every finding's message and evidence, one string per finding. */
    private static List<String> findingTexts(JsonNode doc) {
        List<String> texts = new ArrayList<>();
        for (JsonNode f : doc.get("findings")) {
            StringBuilder t = new StringBuilder(f.get("code").asText()).append(": ").append(f.get("message").asText());
            f.get("evidence").forEach(e -> t.append(" | ").append(e.asText()));
            texts.add(t.toString());
        }
        return texts;
    }

    private static String evidenceOf(JsonNode doc, String file) {
        for (JsonNode m : doc.get("migrations")) {
            if (file.equals(m.get("file").asText())) {
                return m.get("evidence").toString();
            }
        }
        throw new AssertionError(file + " is not in the migrations: " + doc.get("migrations"));
    }

    private static void assertNamed(List<String> findings, String file, String reason) {
        assertTrue(findings.stream().anyMatch(f -> f.contains(file) && f.contains(reason)),
                "a finding names " + file + " and says '" + reason + "':\n" + String.join("\n", findings));
    }

    private static String ignoredReason(JsonNode doc, String file) {
        for (JsonNode i : doc.get("ignored")) {
            if (i.get("file").asText().equals(file)) {
                return i.get("reason").asText();
            }
        }
        throw new AssertionError(file + " is not listed as ignored: " + doc.get("ignored"));
    }

    @Test
    void statusNamesEveryBrokenFileWithItsReasonAndDoesNotCrash(TestDatabase db) throws Exception {
        copyCorpus();
        Files.createSymbolicLink(dir.resolve("020_loop.sql"), dir.resolve("020_loop.sql"));
        Files.createSymbolicLink(dir.resolve("021_dangling.sql"), dir.resolve("no-such-file.sql"));
        Files.createDirectory(dir.resolve("022_a_folder.sql"));

        CliRun status = CliRun.status(db, dir);
        assertEquals(2, status.exitCode(), "problems found, not a failure to read:\n" + status);
        JsonNode doc = status.json();
        List<String> findings = findingTexts(doc);
        assertNamed(findings, "001_latin1.sql", "not valid UTF-8 at byte 26");
        assertNamed(findings, "002_nul.sql", "NUL character at offset 9");
        assertNamed(findings, "007_empty.sql", "holds no SQL");
        assertNamed(findings, "008_truncated_utf8.sql", "not valid UTF-8 at byte 64");
        assertTrue(ignoredReason(doc, "020_loop.sql").contains("loop"));
        assertTrue(ignoredReason(doc, "021_dangling.sql").contains("broken"));
        assertTrue(ignoredReason(doc, "022_a_folder.sql").contains("a folder"));
        assertTrue(ignoredReason(doc, "README.md").contains("not a .sql file"));
        assertTrue(ignoredReason(doc, "add_users.sql").contains("NNN_name.sql"));
        assertEquals("PENDING", status.stateOf("006"), "a byte order mark alone is harmless");
        assertTrue(evidenceOf(doc, "003_unterminated_dollar.sql")
                .contains("unterminated dollar-quoted string $body$ starting at line 1, column 49"));
        assertTrue(evidenceOf(doc, "004_unterminated_comment.sql")
                .contains("unterminated /* comment starting at line 1, column 1"));
        assertTrue(evidenceOf(doc, "005_unterminated_quote.sql")
                .contains("unterminated quoted string starting at line 1, column 23"));
    }

    @Test
    void applyRefusesAFileThatNeverClosesItsDollarQuoteAndNamesWhere(TestDatabase db) throws Exception {
        Files.writeString(dir.resolve("001_ok.sql"), "CREATE TABLE ok (id int);\n");
        Files.copy(CORPUS.resolve("003_unterminated_dollar.sql"), dir.resolve("002_unterminated_dollar.sql"));
        CliRun apply = CliRun.apply(db, dir);
        assertEquals(2, apply.exitCode(), apply.toString());
        assertTrue(apply.err().contains("002_unterminated_dollar.sql"), apply.err());
        assertTrue(apply.err().contains("unterminated dollar-quoted string $body$ starting at line 1, column 49"),
                apply.err());
        assertFalse(db.tableExists("ok"), "nothing ran, not even the good file before it");
    }

    @Test
    void namesWithSpacesUnicodeAndShellMetacharactersAreListedAndApplied(TestDatabase db) throws Exception {
        String spaces = "010_with spaces.sql";
        String unicode = "011_\u00fcn\u00efc\u00f8d\u00e9_\u8868.sql";
        String shell = "012_$(touch pwned); echo `id` & 'x' > out.sql";
        Files.writeString(dir.resolve(spaces), "CREATE TABLE t_spaces (id int);");
        Files.writeString(dir.resolve(unicode), "CREATE TABLE \"t_\u8868\" (id int);");
        Files.writeString(dir.resolve(shell), "CREATE TABLE t_shell (id int);");

        CliRun listed = CliRun.status(db, dir);
        assertEquals(List.of("010", "011", "012"), versions(listed.json()));
        assertEquals(List.of(spaces, unicode, shell), files(listed.json()));

        CliRun apply = CliRun.apply(db, dir);
        assertEquals(0, apply.exitCode(), apply.toString());
        assertTrue(db.tableExists("t_spaces") && db.tableExists("\"t_\u8868\"") && db.tableExists("t_shell"));
        assertEquals(List.of("with spaces", "\u00fcn\u00efc\u00f8d\u00e9_\u8868", "$(touch pwned); echo `id` & 'x' > out"),
                db.column("SELECT name FROM schema_migrations ORDER BY version"));
        CliRun after = CliRun.status(db, dir);
        assertEquals(0, after.exitCode(), after.toString());
        assertFalse(Files.exists(dir.resolve("pwned")) || Files.exists(Path.of("pwned")) || Files.exists(dir.resolve("out")),
                "nothing in a file name is ever handed to a shell");
    }

    private static List<String> versions(JsonNode doc) {
        List<String> out = new ArrayList<>();
        doc.get("migrations").forEach(m -> out.add(m.get("version").asText()));
        return out;
    }

    private static List<String> files(JsonNode doc) {
        List<String> out = new ArrayList<>();
        doc.get("migrations").forEach(m -> out.add(m.get("file").asText()));
        return out;
    }

    @Test
    void aFileThatCannotBeReadIsNamedWithTheReason() throws Exception {
        // Whatever the user's rights, a path that is not a readable file fails in the read itself.
        Path folderNamedLikeAFile = Files.createDirectory(dir.resolve("001_a.sql"));
        MigrationFile read = FileReader.read(List.of(new FileCandidate(Version.parse("001"), "a", "001_a.sql",
                folderNamedLikeAFile)), ChecksumAlgorithm.SHA256_OF_BYTES).get(0);
        assertFalse(read.isRunnable());
        assertEquals("001_a.sql", read.file());
        assertTrue(read.problems().get(0).message().startsWith("cannot be run: the file cannot be read (IOException"),
                read.problems().toString());
        assertTrue(read.problems().get(0).message().endsWith("check its permissions"), read.problems().toString());
    }

    @Test
    void aFileWithoutReadPermissionIsNamedAndTheOthersStillCount(TestDatabase db) throws Exception {
        Path locked = dir.resolve("002_locked.sql");
        Files.writeString(dir.resolve("001_ok.sql"), "CREATE TABLE ok (id int);");
        Files.writeString(locked, "CREATE TABLE locked (id int);");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running with root's rights (or CAP_DAC_OVERRIDE): chmod 000 does not"
                + " deny reads here; aFileThatCannotBeReadIsNamedWithTheReason covers the failing read instead");
        CliRun status = CliRun.status(db, dir);
        assertEquals(2, status.exitCode(), status.toString());
        assertNamed(findingTexts(status.json()), "002_locked.sql", "AccessDeniedException");
        assertEquals("PENDING", status.stateOf("001"));
    }

    @Test
    void aFiftyMegabyteFileAndAHundredThousandLineFileAreScannedAndReported(TestDatabase db) throws Exception {
        Path big = dir.resolve("001_fifty_megabytes.sql");
        byte[] row = ("INSERT INTO big VALUES ('" + "x".repeat(90) + "');\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("CREATE TABLE big (v text);\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += row.length) {
                out.write(row);
            }
        }
        Path lines = dir.resolve("002_hundred_thousand_lines.sql");
        try (BufferedWriter out = Files.newBufferedWriter(lines)) {
            out.write("CREATE TABLE many (n int);\n");
            for (int i = 1; i < 100_000; i++) {
                out.write("INSERT INTO many VALUES (" + i + ");\n");
            }
        }
        assertTrue(Files.size(big) >= 50L * 1024 * 1024);
        assertEquals(100_000, Files.readAllLines(lines).size());

        List<MigrationFile> scanned = new NativeTool().scan(dir).files();
        assertEquals(2, scanned.size());
        scanned.forEach(f -> assertTrue(f.isRunnable() && f.checksum() != null, f.file() + " " + f.problems()));
        assertEquals(100_000, SqlSplitter.split(Files.readString(lines)).size());

        CliRun status = CliRun.status(db, dir);
        assertEquals(1, status.exitCode(), status.toString());
        assertEquals("PENDING", status.stateOf("001"));
        assertEquals("PENDING", status.stateOf("002"));
    }
}
