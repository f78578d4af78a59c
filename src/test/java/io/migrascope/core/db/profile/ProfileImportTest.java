package io.migrascope.core.db.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileImportTest {
    @TempDir
    Path dir;

    @Test
    void aJdbcUrlGivesHostPortDatabaseUserAndSslmode() {
        ImportedProfile imported = ProfileImport.fromUrl(
                "jdbc:postgresql://db.internal:6543/shop?user=app&sslmode=require&ApplicationName=x");
        Profile p = imported.profile();
        assertEquals("shop", p.name());
        assertEquals("db.internal", p.host());
        assertEquals(6543, p.port());
        assertEquals("shop", p.database());
        assertEquals("app", p.user());
        assertEquals("require", p.sslmode());
        assertEquals("auto", p.tool());
        assertEquals(Environment.DEV, p.environment());
        assertFalse(imported.hasPassword());
        assertTrue(imported.notes().stream().anyMatch(n -> n.contains("Not kept in the profile: ApplicationName")),
                imported.notes().toString());
    }

    @Test
    void thePasswordOfAPostgresUrlGoesToTheSessionNotTheProfile() {
        ImportedProfile imported = ProfileImport.fromUrl("postgres://app:s%40cret%2Bx@db.example.com/shop_prod");
        assertArrayEquals("s@cret+x".toCharArray(), imported.password());
        Profile p = imported.profile();
        assertEquals("app", p.user());
        assertEquals(5432, p.port());
        assertEquals(Environment.PRODUCTION, p.environment(), "prod in the name is taken seriously");
        assertFalse(p.toString().contains("s@cret"), p.toString());
        assertFalse(imported.toString().contains("s@cret"), imported.toString());
        assertTrue(imported.notes().stream().anyMatch(n -> n.contains("It was not saved with the profile")),
                imported.notes().toString());
        imported.clearPassword();
        assertArrayEquals(new char[8], imported.password());
    }

    @Test
    void aJdbcUrlPasswordIsHandledTheSameWay() {
        ImportedProfile imported = ProfileImport.fromUrl("jdbc:postgresql://localhost/app?user=u&password=pw");
        assertArrayEquals("pw".toCharArray(), imported.password());
        assertTrue(imported.notes().stream().noneMatch(n -> n.contains("Not kept")), imported.notes().toString());
    }

    @Test
    void aPostgresqlSchemeUrlWithQueryKeepsSslmode() {
        Profile p = ProfileImport.fromUrl("postgresql://me@staging-db:5433/orders?sslmode=verify-full").profile();
        assertEquals("me", p.user());
        assertEquals(5433, p.port());
        assertEquals("verify-full", p.sslmode());
        assertEquals(Environment.STAGING, p.environment());
    }

    @Test
    void badUrlsAreRefusedWithoutShowingThePassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProfileImport.fromUrl("mysql://root:hunter2@localhost/shop"));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertTrue(e.getMessage().contains("unsupported URL"), e.getMessage());
        IllegalArgumentException noDb = assertThrows(IllegalArgumentException.class,
                () -> ProfileImport.fromUrl("postgres://u:hunter2@localhost"));
        assertTrue(noDb.getMessage().contains("names no database"), noDb.getMessage());
        assertFalse(noDb.getMessage().contains("hunter2"), noDb.getMessage());
    }

    @Test
    void aDotEnvFileGivesDatabaseUrlAndTheProjectsMigrationsFolder() throws Exception {
        Files.createDirectories(dir.resolve("supabase/migrations"));
        Path env = dir.resolve(".env");
        Files.writeString(env, """
                # local settings
                export PGUSER=postgres
                OTHER='not this'
                DATABASE_URL="postgres://${PGUSER}:pa%20ss@127.0.0.1:54322/postgres"  # the Supabase default
                """);
        ImportedProfile imported = ProfileImport.fromDotEnv(env);
        assertEquals("postgres", imported.profile().user());
        assertEquals(54322, imported.profile().port());
        assertEquals(dir.resolve("supabase/migrations").toString(), imported.profile().migrationsFolder());
        assertArrayEquals("pa ss".toCharArray(), imported.password());
        assertTrue(imported.notes().stream().anyMatch(n -> n.contains("migrations folder was taken to be")));
    }

    @Test
    void aDotEnvWithoutDatabaseUrlNamesTheKeysItHasButNoValues() throws Exception {
        Path env = dir.resolve(".env");
        Files.writeString(env, "DIRECT_URL=postgres://u:topsecret@h/db\nPORT=3000\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProfileImport.fromDotEnv(env));
        assertTrue(e.getMessage().contains("defines no DATABASE_URL (it defines DIRECT_URL, PORT)"), e.getMessage());
        assertFalse(e.getMessage().contains("topsecret"));
    }

    @Test
    void dotEnvValuesFollowTheDotenvRules() {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("KEY=plain", "plain");
        cases.put("KEY = spaced ", "spaced");
        cases.put("export KEY=exported", "exported");
        cases.put("KEY='single # not a comment'", "single # not a comment");
        cases.put("KEY=\"double \\\"escaped\\\"\"", "double \"escaped\"");
        cases.put("KEY=value # a comment", "value");
        cases.put("KEY=with#hash", "with#hash");
        cases.put("KEY='${LITERAL}'", "${LITERAL}");
        cases.forEach((line, expected) -> {
            Map<String, String> values = DotEnv.parse("# head\n\n" + line + "\r\nLATER=1\n");
            assertEquals(expected, values.get("KEY"), line);
            assertEquals("1", values.get("LATER"), line);
        });
    }

    @Test
    void dotEnvDoubleQuotesMaySpanLinesAndUnknownKeysStayNull() {
        Map<String, String> values = DotEnv.parse("CERT=\"line1\nline2\"\nB=2");
        assertEquals("line1\nline2", values.get("CERT"));
        assertEquals("2", values.get("B"));
        assertNull(values.get("C"));
    }
}
