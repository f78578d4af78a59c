package io.migrascope.core.db.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
    @TempDir
    Path dir;

    private static Profile profile(String name, Environment env) {
        return new Profile(name, "db.example.com", 6543, "shop", "app", "require", "audit", "prisma",
                "/work/shop/migrations", env, null, "SHOP_DB_PASSWORD");
    }

    @Test
    void everyFieldSurvivesARoundTripThroughTheFile() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        Profile shop = profile("shop", Environment.PRODUCTION);
        store.save(shop);
        Profile local = new Profile("local", "localhost", 0, "dev", null, null, null, null, "/tmp/m", null, null, null);
        store.save(local);

        List<Profile> read = new ProfileStore(dir).list();
        assertEquals(List.of(shop, local), read);
        assertEquals(Environment.PRODUCTION.defaultColour(), read.get(0).colour());
        assertEquals(5432, read.get(1).port());
        assertEquals("auto", read.get(1).tool());
        assertNull(read.get(1).schema(), "no schema means the tool's own");
        String json = Files.readString(store.file());
        assertTrue(json.contains("\"environment\" : \"production\""), json);
        assertFalse(json.toLowerCase().contains("\"password\""), "never a password field: " + json);
    }

    @Test
    void renameDuplicateReplaceAndDeleteKeepTheOrder() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        store.save(profile("a", Environment.DEV));
        store.save(profile("b", Environment.STAGING));
        store.save(profile("c", Environment.DEV));

        assertEquals("b copy", store.duplicate("b").name());
        assertEquals("b copy 2", store.duplicate("b").name());
        store.rename("a", "alpha");
        store.replace("c", profile("c", Environment.PRODUCTION));
        assertTrue(store.delete("b copy 2"));
        assertFalse(store.delete("nobody"));

        List<Profile> read = store.list();
        assertEquals(List.of("alpha", "b", "b copy", "c"), read.stream().map(Profile::name).toList());
        assertEquals(Environment.PRODUCTION, read.get(3).environment());
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class, () -> store.rename("b", "c"));
        assertTrue(taken.getMessage().contains("a profile called 'c' exists already"), taken.getMessage());
    }

    @Test
    void anInvalidProfileIsRefusedWithEveryReason() {
        ProfileStore store = new ProfileStore(dir);
        Profile bad = new Profile("x", "", 70000, "", null, null, null, "liquibase", "", Environment.DEV, "red", "1BAD");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.save(bad));
        for (String part : List.of("host is empty", "port 70000", "database name is empty", "unknown tool 'liquibase'",
                "choose the folder", "colour 'red'", "'1BAD' is not an environment variable name")) {
            assertTrue(e.getMessage().contains(part), part + " in " + e.getMessage());
        }
        assertFalse(Files.exists(store.file()));
    }

    @Test
    void aCorruptFileIsMovedAsideWithItsBytesAndReported() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        byte[] garbage = "{\"format\": 1, \"profiles\": [ {\"name\": \"shop\", ".getBytes(StandardCharsets.UTF_8);
        Files.write(store.file(), garbage);

        ProfileStore.Loaded loaded = store.load();
        assertEquals(List.of(), loaded.profiles());
        assertEquals(1, loaded.notices().size());
        String notice = loaded.notices().get(0);
        assertTrue(notice.contains("could not be read (line 1"), notice);
        assertTrue(notice.contains("It was kept as profiles.json.corrupt-"), notice);
        Path aside;
        try (Stream<Path> files = Files.list(dir)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("profiles.json.corrupt-")).findFirst()
                    .orElseThrow();
        }
        assertArrayEquals(garbage, Files.readAllBytes(aside), "never lost");
        assertEquals(List.of(), store.load().notices(), "told once");

        store.save(profile("fresh", Environment.DEV));
        assertEquals(List.of("fresh"), store.list().stream().map(Profile::name).toList());
        assertArrayEquals(garbage, Files.readAllBytes(aside), "saving afterwards leaves the damaged copy alone");
    }

    @Test
    void aFileOfTheWrongShapeCountsAsCorruptToo() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        Files.writeString(store.file(), "{\"format\": 1, \"profiles\": [{\"name\": \"x\", \"environment\": \"moon\"}]}");
        ProfileStore.Loaded loaded = store.load();
        assertEquals(List.of(), loaded.profiles());
        assertTrue(loaded.notices().get(0).contains("unknown environment 'moon'"), loaded.notices().get(0));
    }

    @Test
    void writesLeaveNoTemporaryFilesBehind() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        for (int i = 0; i < 5; i++) {
            store.save(profile("p" + i, Environment.DEV));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("profiles.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void theConfigDirectoryFollowsPropertyThenVariablesThenHome() {
        String home = "/home/ada";
        assertEquals(Path.of("/p"), ConfigDirectory.resolve(Map.of("MIGRASCOPE_CONFIG", "/e"), "/p", "Linux", home));
        assertEquals(Path.of("/e"), ConfigDirectory.resolve(Map.of("MIGRASCOPE_CONFIG", "/e",
                "XDG_CONFIG_HOME", "/x"), null, "Linux", home));
        assertEquals(Path.of("/x", "migrascope"), ConfigDirectory.resolve(Map.of("XDG_CONFIG_HOME", "/x"), null,
                "Linux", home));
        assertEquals(Path.of("C:/Users/ada/AppData", "Migrascope"), ConfigDirectory.resolve(
                Map.of("APPDATA", "C:/Users/ada/AppData", "XDG_CONFIG_HOME", "/x"), null, "Windows 11", home));
        assertEquals(Path.of(home, ".config", "migrascope"), ConfigDirectory.resolve(Map.of(), "", "Linux", home));
    }
}
