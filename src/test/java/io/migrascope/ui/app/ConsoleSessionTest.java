package io.migrascope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Version;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.testing.TestPostgres;
import io.migrascope.ui.profile.SessionPasswords;
import io.migrascope.ui.task.SynchronousTaskRunner;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Opening a profile, refreshing, production unlock and the password prompt, without a screen. */
@ExtendWith(PostgresExtension.class)
class ConsoleSessionTest {
    @TempDir
    Path dir;
    private final SynchronousTaskRunner tasks = new SynchronousTaskRunner();

    private ConsoleSession session(TestDatabase db, Environment env) {
        Profile profile = ConsoleFixtures.profile(db, dir, env);
        return new ConsoleSession(profile, tasks, ConsoleFixtures.passwords(db, profile).sourceFor(profile, Map.of()),
                Journal.standard());
    }

    @Test
    void openingDetectsTheToolAuditsAndReadsTheRole(TestDatabase db) throws Exception {
        ConsoleFixtures.nativeSamplePartlyApplied(db, dir);
        ConsoleSession session = session(db, Environment.DEV);
        List<String> opened = new ArrayList<>();
        session.open(() -> opened.add("opened"), e -> opened.add("failed: " + e));
        assertEquals(List.of("opened"), opened);
        assertEquals(3, session.report().get().summary().get(MigrationState.DUPLICATE));
        assertEquals("native", session.audit().tool().id());
        assertEquals(db.column("SELECT current_user").get(0), session.facts().get().role());
        assertEquals(session.audit().tool().displayName(), session.facts().get().tool());
        assertEquals(List.of(), session.facts().get().lockHolders());
        assertFalse(session.readOnly().get());

        db.execute("DELETE FROM schema_migrations WHERE version = '002'");
        session.refresh();
        assertEquals(MigrationState.UNTRACKED, session.report().get().row(Version.parse("002")).orElseThrow().state(),
                "a refresh reads the state again");
    }

    @Test
    void aMissingFolderIsNamedAndNothingOpens(TestDatabase db) {
        Profile profile = ConsoleFixtures.profile(db, dir.resolve("nope"), Environment.DEV);
        ConsoleSession session = new ConsoleSession(profile, tasks,
                ConsoleFixtures.passwords(db, profile).sourceFor(profile, Map.of()), Journal.standard());
        List<Throwable> failures = new ArrayList<>();
        session.open(() -> { }, failures::add);
        assertEquals(1, failures.size());
        assertTrue(session.problem().get().contains("the migrations folder " + dir.resolve("nope")), session.problem().get());
        assertNull(session.report().get());
    }

    @Test
    void productionIsReadOnlyOnTheServerUntilItsNameIsTyped(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_a.sql", "CREATE TABLE a (id int);");
        ConsoleSession session = session(db, Environment.PRODUCTION);
        session.open(() -> { }, e -> {
            throw new AssertionError(e);
        });
        assertTrue(session.readOnly().get());
        try (Connection c = session.database().open(); Statement st = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> st.execute("CREATE TABLE x (id int)"));
            assertEquals("25006", refused.getSQLState());
        }

        assertFalse(session.unlock("not-" + db.name(), () -> { }, e -> { }), "a wrong name unlocks nothing");
        assertTrue(session.readOnly().get());
        List<String> done = new ArrayList<>();
        assertTrue(session.unlock(db.name(), () -> done.add("unlocked"), e -> done.add("failed " + e)));
        assertEquals(List.of("unlocked"), done);
        assertFalse(session.readOnly().get());
        try (Connection c = session.database().open(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE x (id int)");
        }
        assertTrue(db.tableExists("x"));

        session.relock();
        assertTrue(session.readOnly().get());
        try (Connection c = session.database().open(); Statement st = c.createStatement()) {
            assertEquals("25006", assertThrows(SQLException.class, () -> st.execute("DROP TABLE x")).getSQLState());
        }
    }

    @Test
    void aRefusedPasswordIsAskedForAndKeptForTheSessionOnly(TestDatabase db) throws Exception {
        assumeTrue(TestPostgres.checksPasswords(), "only the embedded server is set up to check passwords");
        String secret = "s3ssion-only-" + System.nanoTime();
        db.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + TestPostgres.PASSWORD_ROLE
                + "') THEN CREATE ROLE " + TestPostgres.PASSWORD_ROLE + " LOGIN; END IF; END $$");
        db.execute("ALTER ROLE " + TestPostgres.PASSWORD_ROLE + " PASSWORD '" + secret + "'");
        new MigrationFolder(dir).file("001_a.sql", "CREATE TABLE a (id int);");
        int port = ConnectionSpec.parse(db.url()).port();
        Profile profile = new Profile("pw", "localhost", port, db.name(), TestPostgres.PASSWORD_ROLE, null, null, "auto",
                dir.toString(), Environment.DEV, null, "MIGRASCOPE_TEST_UNSET_VARIABLE");
        SessionPasswords passwords = new SessionPasswords();
        MainWindowViewModel model = new MainWindowViewModel(tasks, passwords, Map.of(), Journal.standard());
        List<String> asked = new ArrayList<>();
        model.setPasswordAsker((p, why) -> {
            asked.add(why);
            return asked.size() == 1 ? Optional.of("wrong".toCharArray()) : Optional.of(secret.toCharArray());
        });

        model.open(profile);
        assertNotNull(model.sessionProperty().get(), model.statusProperty().get());
        assertEquals(2, asked.size(), "asked again after a wrong password");
        assertTrue(asked.get(0).contains("MIGRASCOPE_TEST_UNSET_VARIABLE named by the profile is not set"), asked.get(0));
        assertTrue(asked.get(1).contains("28P01"), asked.get(1));
        assertTrue(passwords.has(profile));
        assertFalse(asked.stream().anyMatch(s -> s.contains(secret)), "the password is never echoed");
        passwords.clear();
        assertFalse(passwords.has(profile));
    }
}
