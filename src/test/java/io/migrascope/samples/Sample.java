package io.migrascope.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * One folder of {@code migrations-sample/}: where it is, which folder its README says to pass as
 * {@code --dir}, and the tool {@code --tool auto} must pick for it.
 */
enum Sample {
    NATIVE("native", "", "native"),
    FLYWAY("flyway", "sql", "flyway"),
    PRISMA("prisma", "", "prisma"),
    DRIZZLE("drizzle", "", "drizzle"),
    SUPABASE("supabase", "", "supabase"),
    GOLANG_MIGRATE("golang-migrate", "", "golang-migrate"),
    DBMATE("dbmate", "", "dbmate"),
    NODE_PG_MIGRATE("node-pg-migrate", "", "node-pg-migrate"),
    KNEX("knex", "", "knex"),
    RAILS("rails", "", "rails");

    private static final Path ROOT = Path.of("migrations-sample");

    private final String folder;
    private final String dirInside;
    private final String tool;

    Sample(String folder, String dirInside, String tool) {
        this.folder = folder;
        this.dirInside = dirInside;
        this.tool = tool;
    }

    /** The id {@code --tool auto} must report. */
    String tool() {
        return tool;
    }

    /** The sample's own folder (the project root of its tool). */
    Path root() {
        return ROOT.resolve(folder);
    }

    /** What its README says to pass as {@code --dir}. */
    Path dir() {
        return dirInside.isEmpty() ? root() : root().resolve(dirInside);
    }

    /**
     * Copies the whole sample into {@code parent} (tools write beside their files, renumbering
     * renames them, and the samples in the repository stay as they are) and returns the copy's root.
     */
    Path copyTo(Path parent) {
        Path target = parent.resolve(folder);
        Path source = root();
        try {
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, target.resolve(source.relativize(file).toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** {@link #dir()} inside a copy made by {@link #copyTo}. */
    Path dirIn(Path copy) {
        return dirInside.isEmpty() ? copy : copy.resolve(dirInside);
    }
}
