package io.migrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.testing.TestPostgres;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class PasswordTest {
    private static final String SECRET = "Tr0ub4dor&3-never-shown";
    @TempDir
    Path dir;

    @Test
    void aWrongPasswordExitsWith3AndNeverShowsThePassword(TestDatabase db) throws Exception {
        assumeTrue(TestPostgres.checksPasswords(), "only the embedded server is set up to check passwords");
        createPasswordRole(db);
        String base = "postgres://" + TestPostgres.PASSWORD_ROLE + ":%s@localhost:" + port(db) + "/" + db.name();

        CliRun wrong = CliRun.of("status", "--url", String.format(base, "wrong-" + SECRET), "--dir", dir.toString());
        assertEquals(3, wrong.exitCode(), wrong.toString());
        assertTrue(wrong.err().contains("refused user '" + TestPostgres.PASSWORD_ROLE + "'"), wrong.err());
        assertTrue(wrong.err().contains("SQLSTATE 28P01"), wrong.err());
        assertFalse((wrong.out() + wrong.err()).contains(SECRET));

        CliRun right = CliRun.of("status", "--url", String.format(base, SECRET), "--dir", dir.toString());
        assertEquals(0, right.exitCode(), right.toString());
        assertFalse((right.out() + right.err()).contains(SECRET));
    }

    @Test
    void thePasswordCanComeFromANamedVariableOrPgpassword() {
        ConnectionSpec spec = ConnectionSpec.parse("postgres://app@db.example:5433/shop");
        assertEquals("s1", new PasswordSource(Map.of("APP_DB_PW", "s1", "PGPASSWORD", "s2"), "APP_DB_PW")
                .passwordFor(spec).orElseThrow());
        assertEquals("s2", new PasswordSource(Map.of("PGPASSWORD", "s2"), null).passwordFor(spec).orElseThrow());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PasswordSource(Map.of(), "APP_DB_PW").passwordFor(spec));
        assertTrue(e.getMessage().contains("APP_DB_PW"));
    }

    private static void createPasswordRole(TestDatabase db) throws Exception {
        db.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + TestPostgres.PASSWORD_ROLE
                + "') THEN CREATE ROLE " + TestPostgres.PASSWORD_ROLE + " LOGIN; END IF; END $$");
        db.execute("ALTER ROLE " + TestPostgres.PASSWORD_ROLE + " PASSWORD '" + SECRET + "'");
    }

    private static int port(TestDatabase db) {
        return ConnectionSpec.parse(db.url()).port();
    }
}
