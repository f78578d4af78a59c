package io.migrascope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The generated migrations of one size, on disk in both layouts. Writing 100,000 files takes a
 * while, so a folder is kept under {@code target/bench} and only rewritten when its manifest says
 * it was made for another size or by another version of the generator.
 */
record Corpus(int size, Path nativeDir, Path flywayDir, List<GeneratedMigration> migrations) {
    /** Bump when {@link MigrationSql} changes, so stale folders are rewritten. */
    private static final String GENERATOR = "1";

    static Corpus prepare(Path workDir, int size) throws IOException {
        Path root = workDir.resolve("n" + size);
        MigrationSql sql = new MigrationSql(size);
        List<GeneratedMigration> migrations = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            migrations.add(sql.migration(i));
        }
        Corpus corpus = new Corpus(size, root.resolve("native"), root.resolve("flyway"), List.copyOf(migrations));
        Path manifest = root.resolve("corpus.properties");
        if (!corpus.matches(manifest)) {
            corpus.write(root, manifest);
        }
        return corpus;
    }

    private boolean matches(Path manifest) throws IOException {
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(manifest)) {
            p.load(in);
        }
        return GENERATOR.equals(p.getProperty("generator")) && Integer.toString(size).equals(p.getProperty("size"))
                && count(nativeDir) == size && count(flywayDir) == size;
    }

    private void write(Path root, Path manifest) throws IOException {
        Bench.log("writing " + size + " migrations (both layouts) under " + root);
        deleteTree(root);
        Files.createDirectories(nativeDir);
        Files.createDirectories(flywayDir);
        for (GeneratedMigration m : migrations) {
            byte[] bytes = m.bytes();
            Files.write(nativeDir.resolve(m.nativeFile()), bytes);
            Files.write(flywayDir.resolve(m.flywayFile()), bytes);
        }
        // Written last: a run interrupted mid-way leaves no manifest and is redone.
        Files.writeString(manifest, "generator=" + GENERATOR + "\nsize=" + size + "\n");
    }

    private static long count(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return -1;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
