package io.migrascope.ui.app;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.ImportedProfile;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.db.profile.ProfileImport;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.profile.SessionPasswords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Profiles and folders for the console's tests against the real test server. */
public final class ConsoleFixtures {
    private ConsoleFixtures() {
    }

    /** A profile for the test database, named after it, with the folder and environment given. */
    public static Profile profile(TestDatabase db, Path folder, Environment environment) {
        return ProfileImport.fromUrl(db.url()).profile().withName("test " + environment.tag())
                .withFolder(folder.toString()).withEnvironment(environment);
    }

    /** Session passwords holding the test server's password, when its URL carries one. */
    public static SessionPasswords passwords(TestDatabase db, Profile profile) {
        SessionPasswords passwords = new SessionPasswords();
        ImportedProfile imported = ProfileImport.fromUrl(db.url());
        if (imported.hasPassword()) {
            passwords.remember(profile, imported.password());
        }
        return passwords;
    }

    /**
     * The native sample as the seed tells it: 001 and 002 applied by the CLI, then the rest of the
     * folder arrives (three duplicate versions and five pending files), and 001 is re-saved with
     * Windows line endings, a cosmetic change.
     */
    public static MigrationFolder nativeSamplePartlyApplied(TestDatabase db, Path dir) {
        Path sample = Path.of("migrations-sample", "native");
        try {
            for (String f : new String[] {"001_initial_schema.sql", "002_enhanced_requests_system.sql"}) {
                Files.copy(sample.resolve(f), dir.resolve(f));
            }
            CliRun applied = CliRun.apply(db, dir);
            if (applied.exitCode() != 0) {
                throw new IllegalStateException("could not apply 001 and 002: " + applied);
            }
            MigrationFolder folder = new MigrationFolder(dir);
            try (var files = Files.list(sample)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (!Files.exists(dir.resolve(f.getFileName()))) {
                        Files.copy(f, dir.resolve(f.getFileName()));
                    }
                }
            }
            String text = Files.readString(dir.resolve("001_initial_schema.sql"), StandardCharsets.UTF_8);
            folder.file("001_initial_schema.sql", text.replace("\r\n", "\n").replace("\n", "\r\n"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
