package io.migrascope.core.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrascope.core.audit.CatalogProbe;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.sql.extract.Extraction;
import io.migrascope.testing.MigrationFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan cache may only save work: a file is taken from it only while it is provably the file
 * that was read (size, modification time, change time, inode), and every edit, including one that
 * keeps the size and puts the modification time back, is read again.
 */
class ScanCacheTest {
    private static final String HEADER = "native|test";
    private static final MigrationTool NATIVE = Tools.byId("native").orElseThrow();

    @TempDir
    Path temp;
    Path folder;
    Path cacheFile;

    @BeforeEach
    void files() throws IOException {
        folder = Files.createDirectories(temp.resolve("migrations"));
        cacheFile = temp.resolve("cache").resolve("scan.bin");
        new MigrationFolder(folder)
                .file("001_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n")
                .file("002_orders.sql", "CREATE TABLE orders (id bigint, user_id bigint);\n");
    }

    /** A cache as the next run finds it: a new instance over the same file, trusting files at once. */
    private ScanCache nextRun() {
        return new ScanCache(cacheFile, HEADER, 0);
    }

    private record Scanned(FileScan scan, List<Extraction> extractions, int hits) {
    }

    private Scanned scan(ScanCache cache) throws IOException {
        ScanCache.Pass pass = cache.begin();
        Map<Path, String> texts = new ConcurrentHashMap<>();
        FileScan scan = FileReader.keepingTexts(texts, pass, () -> NATIVE.scan(folder));
        List<Extraction> extractions = CatalogProbe.extractAll(NATIVE, scan.files(), texts, pass, true);
        pass.finish();
        return new Scanned(scan, extractions, pass.hits());
    }

    private static FileScan uncached(MigrationTool tool, Path folder) throws IOException {
        return tool.scan(folder);
    }

    @Test
    void anUnchangedFileIsTakenFromTheCacheWithTheSameReadingAndObjects() throws IOException {
        Scanned first = scan(nextRun());
        assertThat(first.hits()).isZero();
        assertThat(cacheFile).exists();

        Scanned second = scan(nextRun());

        assertThat(second.hits()).isEqualTo(2);
        assertThat(second.scan()).isEqualTo(uncached(NATIVE, folder));
        assertThat(second.extractions()).isEqualTo(first.extractions());
        assertThat(second.extractions().get(1).objects()).extracting(o -> o.name()).contains("orders");
    }

    @Test
    void anEditThatKeepsTheSizeAndPutsTheModificationTimeBackIsReadAgain() throws IOException {
        scan(nextRun());
        Path file = folder.resolve("002_orders.sql");
        FileTime modified = Files.getLastModifiedTime(file);
        String edited = "CREATE TABLE ordrrs (id bigint, user_id bigint);\n";
        assertThat(edited.length()).isEqualTo(Files.size(file));
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, modified);

        Scanned second = scan(nextRun());

        assertThat(second.hits()).isEqualTo(1);
        MigrationFile read = second.scan().files().get(1);
        assertThat(read.checksum()).isEqualTo(Checksums.sha256(edited.getBytes(StandardCharsets.UTF_8)));
        assertThat(second.extractions().get(1).objects()).extracting(o -> o.name()).contains("ordrrs")
                .doesNotContain("orders");
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeIsReadAgain() throws IOException {
        scan(nextRun());
        Path file = folder.resolve("001_users.sql");
        FileTime modified = Files.getLastModifiedTime(file);
        Path replacement = folder.resolve("tmp");
        Files.writeString(replacement, "CREATE TABLE usars (id bigint PRIMARY KEY);\n");
        Files.move(replacement, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(file, modified);

        Scanned second = scan(nextRun());

        assertThat(second.hits()).isEqualTo(1);
        assertThat(second.extractions().get(0).objects()).extracting(o -> o.name()).contains("usars");
    }

    @Test
    void aFileChangedJustNowIsNotRemembered() throws IOException {
        ScanCache cautious = new ScanCache(cacheFile, HEADER, ScanCache.RACY_WINDOW);
        scan(cautious);

        assertThat(scan(new ScanCache(cacheFile, HEADER, ScanCache.RACY_WINDOW)).hits()).isZero();
    }

    @Test
    void aDeletedFileIsForgottenAndANewOneIsRead() throws IOException {
        scan(nextRun());
        Files.delete(folder.resolve("002_orders.sql"));
        new MigrationFolder(folder).file("003_items.sql", "CREATE TABLE items (id bigint);\n");

        Scanned second = scan(nextRun());

        assertThat(second.hits()).isEqualTo(1);
        assertThat(second.scan()).isEqualTo(uncached(NATIVE, folder));
        assertThat(ScanCacheFile.read(cacheFile, HEADER)).hasSize(2)
                .containsKeys(folder.resolve("001_users.sql").toString(), folder.resolve("003_items.sql").toString());
    }

    @Test
    void aDamagedCacheFileIsIgnoredAndWrittenAnew() throws IOException {
        scan(nextRun());
        byte[] bytes = Files.readAllBytes(cacheFile);
        Files.write(cacheFile, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        Scanned second = scan(nextRun());

        assertThat(second.hits()).isZero();
        assertThat(second.scan()).isEqualTo(uncached(NATIVE, folder));
        assertThat(scan(nextRun()).hits()).isEqualTo(2);
    }

    @Test
    void aCacheMadeForAnotherToolFolderOrBuildIsNotUsed() throws IOException {
        scan(nextRun());

        assertThat(scan(new ScanCache(cacheFile, "native|another build", 0)).hits()).isZero();
    }

    @Test
    void aScanThatParsesWhileItHashesAlwaysReadsItsFiles() throws IOException {
        MigrationTool dbmate = Tools.byId("dbmate").orElseThrow();
        Path dbmateFolder = Files.createDirectories(temp.resolve("db").resolve("migrations"));
        new MigrationFolder(dbmateFolder).file("20240101000000_users.sql",
                "-- migrate:up\nCREATE TABLE users (id bigint);\n\n-- migrate:down\nDROP TABLE users;\n");
        ScanCache cache = nextRun();
        for (int run = 0; run < 2; run++) {
            ScanCache.Pass pass = cache.begin();
            FileScan scan = FileReader.keepingTexts(new ConcurrentHashMap<>(), pass, () -> dbmate.scan(dbmateFolder));
            pass.finish();
            assertThat(pass.hits()).isZero();
            assertThat(scan).isEqualTo(uncached(dbmate, dbmateFolder));
        }
    }
}
