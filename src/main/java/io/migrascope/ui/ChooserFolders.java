package io.migrascope.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where "Save as…" and "Open…" dialogs start. Left alone, a file chooser opens in the process's
 * working directory, which for a packaged app is somewhere the user never put anything.
 */
public final class ChooserFolders {
    private ChooserFolders() {
    }

    /** Reports and other documents: the home's Documents folder when there is one, else the home. */
    public static File forDocuments(Path home) {
        Path documents = home.resolve("Documents");
        return (Files.isDirectory(documents) ? documents : home).toFile();
    }

    /** The user's own home, for {@link #forDocuments(Path)}. */
    public static File forDocuments() {
        return forDocuments(Path.of(System.getProperty("user.home")));
    }

    /**
     * A rewrite of a migration file: beside the file it replaces (which may sit in a subfolder),
     * else the migrations folder, else null (the chooser's own default).
     */
    public static File forMigration(Path folder, Optional<Path> file) {
        Optional<Path> beside = file.map(Path::getParent).filter(Files::isDirectory);
        if (beside.isPresent()) {
            return beside.get().toFile();
        }
        return Files.isDirectory(folder) ? folder.toFile() : null;
    }
}
