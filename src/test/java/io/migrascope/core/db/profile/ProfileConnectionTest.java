package io.migrascope.core.db.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.Database;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A profile connects where it says, and a production profile cannot write until unlocked: the server refuses. */
@ExtendWith(PostgresExtension.class)
class ProfileConnectionTest {

    private static Profile profileOf(TestDatabase db, Environment env) {
        return ProfileImport.fromUrl(db.url()).profile().withFolder("/unused").withEnvironment(env);
    }

    /** The test server's password, if its URL carries one, the way the session would hand it over. */
    private static PasswordSource passwords(TestDatabase db) {
        ImportedProfile imported = ProfileImport.fromUrl(db.url());
        Map<String, String> env = new HashMap<>();
        if (imported.hasPassword()) {
            env.put("PGPASSWORD", new String(imported.password()));
        }
        return new PasswordSource(env, null);
    }

    @Test
    void aProductionProfileIsReadOnlyOnTheServerWithSqlstate25006(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE orders (id bigint)");
        Database production = profileOf(db, Environment.PRODUCTION).toDatabase(passwords(db));
        try (Connection c = production.open(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM orders")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "reading works");
            }
            SQLException insert = assertThrows(SQLException.class, () -> st.execute("INSERT INTO orders VALUES (1)"));
            assertEquals("25006", insert.getSQLState(), insert.getMessage());
            SQLException ddl = assertThrows(SQLException.class, () -> st.execute("CREATE TABLE sneaky (id int)"));
            assertEquals("25006", ddl.getSQLState(), ddl.getMessage());
            c.setAutoCommit(false);
            SQLException inTx = assertThrows(SQLException.class, () -> st.execute("DELETE FROM orders"));
            assertEquals("25006", inTx.getSQLState(), "an explicit transaction is read-only too");
        }
        assertTrue(db.column("SELECT count(*) FROM orders").contains("0"));
    }

    @Test
    void anUnlockedProductionProfileAndADevProfileCanWrite(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE orders (id bigint)");
        Profile production = profileOf(db, Environment.PRODUCTION);
        try (Connection c = production.toDatabase(passwords(db), false).open(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO orders VALUES (1)");
        }
        try (Connection c = profileOf(db, Environment.DEV).toDatabase(passwords(db)).open();
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO orders VALUES (2)");
        }
        assertEquals(java.util.List.of("2"), db.column("SELECT count(*) FROM orders"));
    }

    @Test
    void theConnectionTargetsTheProfilesServerAndDatabase(TestDatabase db) {
        Profile p = profileOf(db, Environment.PRODUCTION);
        assertEquals(db.name(), p.connectionSpec().database());
        assertTrue(p.connectionSpec().jdbcUrl().contains("options=-c%20default_transaction_read_only%3Don"),
                p.connectionSpec().jdbcUrl());
        assertTrue(!p.connectionSpec(false).jdbcUrl().contains("options="));
    }
}
