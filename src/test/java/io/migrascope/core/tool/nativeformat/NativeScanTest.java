package io.migrascope.core.tool.nativeformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.tool.FileScan;
import io.migrascope.testing.MigrationFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeScanTest {
    @TempDir
    Path dir;

    private FileScan scan() throws IOException {
        return new NativeTool().scan(dir);
    }

    @Test
    void readsVersionsAndNamesInVersionOrder() throws IOException {
        new MigrationFolder(dir)
                .file("010_later.sql", "select 1;")
                .file("002_second.sql", "select 1;")
                .file("20240101120000_timestamped.sql", "select 1;")
                .file("001_first.sql", "select 1;");
        List<String> files = scan().files().stream().map(MigrationFile::file).toList();
        assertEquals(List.of("001_first.sql", "002_second.sql", "010_later.sql", "20240101120000_timestamped.sql"), files);
        MigrationFile first = scan().files().get(0);
        assertEquals("001", first.version().text());
        assertEquals("first", first.name());
        assertEquals(64, first.checksum().length());
    }

    @Test
    void listsEveryFileItSkipsWithTheReason() throws IOException {
        new MigrationFolder(dir)
                .file("001_ok.sql", "select 1;")
                .file("README.md", "# notes")
                .file("add_users.sql", "select 1;")
                .file("002 has spaces.sql", "select 1;");
        Files.createDirectory(dir.resolve("old"));
        Files.createSymbolicLink(dir.resolve("003_loop.sql"), dir.resolve("003_loop.sql"));
        FileScan scan = scan();
        assertEquals(List.of("001_ok.sql"), scan.files().stream().map(MigrationFile::file).toList());
        List<String> ignored = scan.ignored().stream().map(IgnoredFile::file).toList();
        assertEquals(List.of("002 has spaces.sql", "003_loop.sql", "README.md", "add_users.sql", "old"), ignored);
        scan.ignored().forEach(i -> assertFalse(i.reason().isBlank(), i.file()));
        assertTrue(scan.ignored().stream().anyMatch(i -> i.reason().contains("NNN_name.sql")));
        assertTrue(scan.ignored().stream().anyMatch(i -> i.reason().contains("loop")));
    }

    @Test
    void reportsFilesThatCannotRunWithoutDroppingThem() throws IOException {
        byte[] latin1 = "INSERT INTO t VALUES ('caf\u00e9');".getBytes(StandardCharsets.ISO_8859_1);
        new MigrationFolder(dir)
                .bytes("001_latin1.sql", latin1)
                .file("002_bom.sql", "\uFEFFselect 1;")
                .file("003_empty.sql", "  \n")
                .file("004_crlf.sql", "select 1;\r\nselect 2;\r\n")
                .file("005_nul.sql", "select '\0';");
        List<MigrationFile> files = scan().files();
        assertEquals(5, files.size());
        MigrationFile latin = files.get(0);
        assertFalse(latin.isRunnable());
        assertNotNull(latin.checksum(), "the bytes still have a checksum to compare");
        assertTrue(latin.problems().get(0).message().contains("not valid UTF-8 at byte 26"), latin.problems().toString());
        assertTrue(files.get(1).isRunnable());
        assertTrue(files.get(1).has(FileProblem.Kind.NOTE));
        assertTrue(files.get(2).has(FileProblem.Kind.EMPTY));
        assertTrue(files.get(3).problems().isEmpty());
        assertFalse(files.get(4).isRunnable());
    }

    @Test
    void aMissingFolderIsNamed() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> new NativeTool().scan(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("nope does not exist"));
    }
}
