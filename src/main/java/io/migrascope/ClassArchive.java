package io.migrascope;

import io.migrascope.core.journal.MigrascopeHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;

/**
 * A class-data sharing archive of the classes a command loads (JDK 13+ dynamic archives): the
 * first command writes it at exit, later commands map it instead of reading and verifying some
 * 1,200 classes from the jar. It is keyed by the jar (path, size, time) and the Java version, so a
 * rebuilt jar or another JDK gets its own; a stale or broken archive is ignored by the JVM
 * ({@code -Xshare:auto}), never an error. Kept in the data directory under {@code cds/}.
 */
final class ClassArchive {
    private static final Set<String> TRIVIAL = Set.of("--version", "-V", "--help", "-h", "help");
    private static final String WRITE_FLAG = "-XX:ArchiveClassesAtExit=";

    private final Path pending;
    private final Path archive;

    private ClassArchive(Path pending, Path archive) {
        this.pending = pending;
        this.archive = archive;
    }

    /** The flags that use the archive, or write it when there is none yet; none if it cannot be kept. */
    static List<String> flags(Path jar, String[] args, boolean console) {
        try {
            Path archive = location(jar, console ? "console" : "commands");
            if (Files.isRegularFile(archive)) {
                return List.of("-XX:SharedArchiveFile=" + archive);
            }
            // --version loads a handful of classes; an archive of those would serve no real command.
            if (!console && (args.length == 0 || TRIVIAL.contains(args[0]))) {
                return List.of();
            }
            Files.createDirectories(archive.getParent());
            Path pending = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            return List.of(WRITE_FLAG + pending);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** What the command line asked the child to write, so it can be put in place once the child is done. */
    static ClassArchive of(List<String> command) {
        for (String a : command) {
            if (a.startsWith(WRITE_FLAG)) {
                Path pending = Path.of(a.substring(WRITE_FLAG.length()));
                String name = pending.getFileName().toString();
                return new ClassArchive(pending, pending.resolveSibling(name.substring(0, name.indexOf(".jsa") + 4)));
            }
        }
        return new ClassArchive(null, null);
    }

    /** Puts a freshly written archive in place; two commands racing to write it leave one. */
    void keep() {
        if (pending == null) {
            return;
        }
        try {
            if (Files.size(pending) > 0 && !Files.exists(archive)) {
                Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            // no archive this time: the next command tries again
        } finally {
            try {
                Files.deleteIfExists(pending);
            } catch (IOException e) {
                // a leftover temporary file in the cache folder harms nothing
            }
        }
    }

    private static Path location(Path jar, String kind) throws IOException {
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        String key = Integer.toHexString((jar.toAbsolutePath() + "|" + a.size() + "|" + a.lastModifiedTime().toMillis()
                + "|" + System.getProperty("java.vm.version")).hashCode());
        return MigrascopeHome.dataDirectory().resolve("cds").resolve(kind + "-" + key + ".jsa");
    }
}
