package io.migrascope.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples are found on the class path both in a build folder and inside the jar. */
class SampleResourcesTest {

    @Test
    void theBuildFolderHoldsEverySampleTheStoriesUse() throws Exception {
        SampleResources samples = SampleResources.load();
        for (String sample : List.of("native", "prisma", "drizzle", "supabase", "flyway")) {
            assertTrue(samples.has(sample), sample);
            assertTrue(samples.files(sample).contains("README.md"), sample + " has a README");
        }
        assertTrue(samples.files("prisma").contains("prisma/migrations/migration_lock.toml"));
        assertTrue(samples.files("drizzle").contains("drizzle/meta/_journal.json"));
        assertTrue(samples.files("supabase").contains("supabase/config.toml"));
        assertTrue(samples.files("flyway").contains("sql/R__request_overview.sql"));
    }

    @Test
    void insideAJarTheSamplesAreListedReadAndCopied(@TempDir Path tmp) throws Exception {
        Path jar = tmp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // A jar as Maven writes it: directory entries first, then the files.
            for (String dir : List.of("io/", "io/migrascope/", "io/migrascope/demo/", SampleResources.ROOT + "/",
                    SampleResources.ROOT + "/one/", SampleResources.ROOT + "/one/sub/")) {
                out.putNextEntry(new JarEntry(dir));
                out.closeEntry();
            }
            put(out, SampleResources.ROOT + "/one/001_a.sql", "CREATE TABLE a (id int);\n");
            put(out, SampleResources.ROOT + "/one/sub/meta.json", "{}\n");
            put(out, SampleResources.ROOT + "/one/.DS_Store", "junk");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            SampleResources samples = SampleResources.load(loader);
            assertEquals(List.of("001_a.sql", "sub/meta.json"), samples.files("one"), "hidden files are left out");
            samples.copy("one", tmp.resolve("copy"));
            assertEquals("CREATE TABLE a (id int);\n", Files.readString(tmp.resolve("copy/001_a.sql")));
            assertArrayEquals("{}\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(tmp.resolve("copy/sub/meta.json")));
            assertFalse(Files.exists(tmp.resolve("copy/.DS_Store")));
            String fingerprint = samples.fingerprint("one");
            assertEquals(fingerprint, SampleResources.load(loader).fingerprint("one"), "stable between runs");
            assertNotEquals(fingerprint, SampleResources.load().fingerprint("native"));
        }
    }

    private static void put(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        OutputStream body = out;
        body.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
