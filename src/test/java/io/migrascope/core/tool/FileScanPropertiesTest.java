package io.migrascope.core.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Every tool's scanner against folders of arbitrary file names and bytes: it never crashes, and
 * every entry of the folder is accounted for, either read as a migration or listed as ignored with
 * a reason (a file silently dropped is a migration nobody sees), unless the tool refuses the
 * folder as a whole with a message naming it.
 */
class FileScanPropertiesTest {
    /** Characters of hostile names: spaces, shell metacharacters, quotes, Unicode, dots, separators of versions. */
    private static final String NAME_CHARS = "0123456789_.-abVUup sql$`'\"&;|()*?~#!\\\u00e9\u8868\uFEFF\t";
    private Path dir;

    record Entry(String name, byte[] content) {
    }

    @BeforeTry
    void createFolder() throws IOException {
        dir = Files.createTempDirectory("scan-property");
    }

    @AfterTry
    void deleteFolder() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Provide
    Arbitrary<List<Entry>> folders() {
        Arbitrary<String> stem = Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> suffix = Arbitraries.of("", ".sql", ".up.sql", ".down.sql", ".SQL", ".js", ".rb", ".md");
        Arbitrary<String> name = Combinators.combine(stem, suffix).as((s, x) -> s + x)
                .filter(n -> !n.equals(".") && !n.equals("..") && n.getBytes(StandardCharsets.UTF_8).length <= 255);
        Arbitrary<byte[]> sql = Arbitraries.of("CREATE TABLE t (id int);", "-- migrate:up\nSELECT 1;\n-- migrate:down\n",
                "select 1; $$ never closed", "/* open", "", "\uFEFFselect 1;").map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<Entry> entry = Combinators.combine(name, Arbitraries.oneOf(sql, bytes)).as(Entry::new);
        return entry.list().ofMinSize(1).ofMaxSize(12).uniqueElements(Entry::name);
    }

    @Property(tries = 150)
    void everyEntryIsAMigrationOrIgnoredWithAReason(@ForAll("folders") List<Entry> entries,
                                                    @ForAll boolean withLoopAndFolder) throws IOException {
        for (Entry e : entries) {
            Files.write(dir.resolve(e.name()), e.content());
        }
        if (withLoopAndFolder) {
            Files.createSymbolicLink(dir.resolve("099_loop.sql"), dir.resolve("099_loop.sql"));
            Files.createDirectories(dir.resolve("098_folder.sql"));
        }
        Set<String> present = new HashSet<>();
        try (Stream<Path> top = Files.list(dir)) {
            // A folder is a container: some tools walk into it (Flyway, Rails), others list it.
            top.filter(p -> !Files.isDirectory(p)).forEach(p -> present.add(p.getFileName().toString()));
        }
        for (String id : Tools.ids()) {
            FileScan scan;
            try {
                scan = Tools.byId(id).orElseThrow().scan(dir);
            } catch (IOException folderRefused) {
                // A folder without the tool's own structure (Drizzle's meta/_journal.json) is refused
                // as a whole, in a sentence naming the folder; anything else escaping is a crash.
                assertTrue(folderRefused.getMessage() != null && folderRefused.getMessage().contains(dir.toString()),
                        id + ": " + folderRefused);
                continue;
            }
            Set<String> accounted = new HashSet<>();
            for (MigrationFile f : scan.files()) {
                accounted.add(topLevel(f.file()));
            }
            for (IgnoredFile i : scan.ignored()) {
                assertFalse(i.reason() == null || i.reason().isBlank(), id + ": " + i.file() + " has no reason");
                accounted.add(topLevel(i.file()));
            }
            Set<String> unaccounted = new HashSet<>(present);
            unaccounted.removeAll(accounted);
            assertEquals(Set.of(), unaccounted, id + " neither read nor listed these entries");
            assertTrue(scan.files().stream().allMatch(f -> f.version() != null), id + ": every migration has a version");
        }
    }

    private static String topLevel(String file) {
        int slash = file.indexOf('/');
        return slash < 0 ? file : file.substring(0, slash);
    }
}
