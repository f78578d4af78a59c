package io.migrascope.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.ImportedProfile;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.db.profile.ProfileStore;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.task.SynchronousTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class ProfileListViewModelTest {
    @TempDir
    Path config;
    private final SessionPasswords passwords = new SessionPasswords();

    private ProfileListViewModel model() {
        return new ProfileListViewModel(new SynchronousTaskRunner(), new ProfileStore(config), passwords, Map.of());
    }

    private static Profile profile(String name) {
        return new Profile(name, "localhost", 5432, "shop", "app", null, null, "auto", "/m", Environment.DEV, null, null);
    }

    @Test
    void savingDuplicatingAndDeletingGoThroughTheStoreAndSelect() throws Exception {
        ProfileListViewModel model = model();
        model.load(null);
        assertTrue(model.profiles().isEmpty());
        model.save(null, profile("shop"), () -> { });
        assertEquals("shop", model.selectedProperty().get().name());
        model.duplicate(profile("shop"));
        assertEquals(List.of("shop", "shop copy"), model.profiles().stream().map(Profile::name).toList());
        assertEquals("shop copy", model.selectedProperty().get().name());
        model.save("shop copy", profile("shop staging").withEnvironment(Environment.STAGING), () -> { });
        model.delete(profile("shop"));
        assertEquals(List.of("shop staging"), new ProfileStore(config).list().stream().map(Profile::name).toList());

        ProfileListViewModel again = model();
        again.load("shop staging");
        assertEquals(Environment.STAGING, again.selectedProperty().get().environment(), "the last profile is selected");
    }

    @Test
    void aDamagedFileIsReportedInTheMessage() throws Exception {
        Files.writeString(config.resolve(ProfileStore.FILE_NAME), "not json");
        ProfileListViewModel model = model();
        model.load(null);
        assertTrue(model.messageProperty().get().contains("could not be read"), model.messageProperty().get());
    }

    @Test
    void anImportedPasswordGoesToTheSessionAndTheUserIsTold() {
        ProfileListViewModel model = model();
        List<ImportedProfile> imported = new ArrayList<>();
        model.importFrom("postgres://app:pa55@db.example.com/shop", null, imported::add);
        Profile p = imported.get(0).profile();
        assertTrue(passwords.has(p));
        assertEquals("pa55", passwords.sourceFor(p, Map.of("PGPASSWORD", "other")).passwordFor(p.connectionSpec())
                .orElseThrow(), "what was typed or imported wins over PGPASSWORD");
        assertTrue(model.messageProperty().get().contains("kept in memory for this session only"));
        assertEquals(new String(new char[4]), new String(imported.get(0).password()), "the import's copy is wiped");
    }

    @Test
    void withoutASessionPasswordTheProfilesVariableThenPgpasswordAreUsed() {
        Profile p = new Profile("x", "h", 5432, "d", "u", null, null, "auto", "/m", Environment.DEV, null, "SHOP_PW");
        PasswordSource source = passwords.sourceFor(p, Map.of("SHOP_PW", "fromvar", "PGPASSWORD", "pg"));
        assertEquals("fromvar", source.passwordFor(p.connectionSpec()).orElseThrow());
        PasswordSource unset = passwords.sourceFor(p, Map.of("PGPASSWORD", "pg"));
        assertEquals("pg", unset.passwordFor(p.connectionSpec()).orElseThrow(), "an unset variable falls back");
        assertTrue(SessionPasswords.missingVariable(p, Map.of()).contains("SHOP_PW"));
    }

    @Test
    void testingAConnectionNamesTheServerOrTheFailure(TestDatabase db) {
        ProfileListViewModel model = model();
        List<ConnectionCheck> checks = new ArrayList<>();
        Profile good = io.migrascope.core.db.profile.ProfileImport.fromUrl(db.url()).profile().withFolder("/m")
                .withEnvironment(Environment.PRODUCTION);
        io.migrascope.core.db.profile.ImportedProfile imported = io.migrascope.core.db.profile.ProfileImport.fromUrl(db.url());
        if (imported.hasPassword()) {
            passwords.remember(good, imported.password());
        }
        model.testConnection(good, checks::add);
        assertTrue(checks.get(0).ok(), checks.get(0).message());
        assertTrue(checks.get(0).message().contains("the session is read-only"), checks.get(0).message());

        Profile nowhere = new Profile("nowhere", "127.0.0.1", 1, "x", "u", null, null, "auto", "/m", Environment.DEV,
                null, null);
        model.testConnection(nowhere, checks::add);
        assertFalse(checks.get(1).ok());
        assertFalse(checks.get(1).needsPassword());
        assertTrue(checks.get(1).message().contains("cannot reach PostgreSQL at 127.0.0.1:1"), checks.get(1).message());
    }

    @Test
    void aPortOutOfRangeIsSaidBeforeAnyConnectionIsTried() {
        List<ConnectionCheck> checks = new ArrayList<>();
        model().testConnection(new Profile("typo", "127.0.0.1", 99999, "x", "u", null, null, "auto", "/m",
                Environment.DEV, null, null), checks::add);
        assertEquals(1, checks.size());
        assertFalse(checks.get(0).ok());
        assertTrue(checks.get(0).message().contains("port 99999 is not between 1 and 65535"), checks.get(0).message());
    }

    @Test
    void anUnknownHostIsCalledUnknownNotUnreachable() {
        List<ConnectionCheck> checks = new ArrayList<>();
        // .invalid never resolves (RFC 2606), on any network.
        model().testConnection(new Profile("dns", "no-such-host.invalid", 5432, "x", "u", null, null, "auto", "/m",
                Environment.DEV, null, null), checks::add);
        assertFalse(checks.get(0).ok());
        assertFalse(checks.get(0).needsPassword());
        String message = checks.get(0).message();
        assertTrue(message.contains("the host name 'no-such-host.invalid' is not known"), message);
        assertTrue(message.contains("check the host"), message);
    }
}
