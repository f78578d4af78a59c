package io.migrascope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChooserFoldersTest {
    @TempDir
    Path home;

    @Test
    void reportsGoToDocumentsWhenThereIsOneElseHome() throws Exception {
        assertEquals(home.toFile(), ChooserFolders.forDocuments(home));
        Files.createDirectory(home.resolve("Documents"));
        assertEquals(home.resolve("Documents").toFile(), ChooserFolders.forDocuments(home));
    }

    @Test
    void aRewriteStartsBesideItsFileEvenInASubfolderElseInTheMigrationsFolder() throws Exception {
        Path folder = Files.createDirectories(home.resolve("db/migrations"));
        Path sub = Files.createDirectories(folder.resolve("2024"));
        assertEquals(sub.toFile(), ChooserFolders.forMigration(folder, Optional.of(sub.resolve("003_index.sql"))));
        assertEquals(folder.toFile(), ChooserFolders.forMigration(folder, Optional.empty()));
        assertNull(ChooserFolders.forMigration(home.resolve("gone"), Optional.of(home.resolve("gone/1.sql"))),
                "a folder deleted meanwhile leaves the chooser's own default");
    }
}
