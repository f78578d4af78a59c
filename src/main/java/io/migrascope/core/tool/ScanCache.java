package io.migrascope.core.tool;

import io.migrascope.core.journal.MigrascopeHome;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.sql.extract.Extraction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What reading each migration file produced (checksums, problems, and the objects the probe parsed
 * out of it), remembered by the file's identity: size, modification time, change time and inode.
 * A rerun of {@code status} on 10,000 unchanged files then stats them instead of reading, hashing
 * and parsing them again. It is the rule git's index follows, with the change time added: every
 * write to a file, and every {@code touch -d} that resets its modification time, moves the change
 * time, which no user can set back.
 *
 * <p>A file changed within {@link #RACY_WINDOW} of the scan is not remembered: on a file system
 * with coarse timestamps a second write in the same tick would keep the identity. The cache is
 * kept in memory for the life of the process (the console's refreshes) and, when the code runs from
 * a jar, in the data directory's {@code cache/} between runs. A damaged or foreign cache file is
 * ignored; the cache can only save work, never change a result. Thread-safe.
 */
public final class ScanCache {
    static final long RACY_WINDOW = TimeUnit.SECONDS.toNanos(2);
    private static final Map<String, ScanCache> OPEN = new ConcurrentHashMap<>();
    /** The running code's jar, once: it cannot change under a running JVM, whatever happens on disk. */
    private static final Optional<String> BUILD = buildIdentity();

    private final Path file;
    private final String header;
    private final long racyWindowNanos;
    private final Map<String, ScanCacheEntry> remembered = new ConcurrentHashMap<>();
    private boolean loaded;

    ScanCache(Path file, String header, long racyWindowNanos) {
        this.file = file;
        this.header = header;
        this.racyWindowNanos = racyWindowNanos;
    }

    /**
     * The cache for one tool's reading of one folder, shared by every audit of it in this process,
     * and kept in the data directory when running from a jar: the jar's identity is part of the key,
     * so a new build never trusts an old build's parse.
     */
    public static ScanCache of(String toolId, Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        String header = toolId + "|" + absolute + "|" + ScanCacheFile.FORMAT + "|" + BUILD.orElse("classes");
        return OPEN.computeIfAbsent(header, h -> new ScanCache(BUILD.isPresent()
                ? MigrascopeHome.dataDirectory().resolve("cache").resolve("scan-" + Integer.toHexString(h.hashCode())
                        + ".bin")
                : null, h, RACY_WINDOW));
    }

    /** The jar this class came from, by path, size and time; empty when running from a classes folder. */
    private static Optional<String> buildIdentity() {
        try {
            Path code = Path.of(ScanCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) {
                return Optional.empty();
            }
            return Optional.of(code + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The file's identity now, or empty when the platform has no change time or inode, or the file is gone. */
    public static Optional<FileIdentity> identify(Path path) {
        try {
            Map<String, Object> a = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime,ino,dev");
            return Optional.of(new FileIdentity((Long) a.get("size"), nanos((FileTime) a.get("lastModifiedTime")),
                    nanos((FileTime) a.get("ctime")), (Long) a.get("ino"), (Long) a.get("dev")));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static long nanos(FileTime t) {
        return t.to(TimeUnit.NANOSECONDS);
    }

    /** One scan's use of the cache: what it found unchanged and what it read anew. */
    public Pass begin() {
        synchronized (this) {
            // Loaded by the first scan, on the scan's thread, so the file is read while the database is.
            if (!loaded && file != null) {
                remembered.putAll(ScanCacheFile.read(file, header));
            }
            loaded = true;
        }
        // Microseconds where the clock has them: the kernel stamps files from a coarser clock that
        // lags it, so a file written before this line never looks newer than the scan.
        java.time.Instant now = java.time.Instant.now();
        return new Pass(now.getEpochSecond() * 1_000_000_000L + now.getNano());
    }

    /**
     * One scan of the folder. Lookups and new readings are collected here, so two scans of the same
     * folder at once (two console profiles sharing it) do not see each other's half-done work.
     */
    public final class Pass {
        private final long startedNanos;
        private final Map<String, ScanCacheEntry> seen = new ConcurrentHashMap<>();
        private final AtomicInteger hits = new AtomicInteger();
        private volatile boolean changed;

        private Pass(long startedNanos) {
            this.startedNanos = startedNanos;
        }

        /** The remembered reading of {@code path} if the file is still the one it was taken from. */
        Optional<ScanCacheEntry> lookup(Path path, FileIdentity identity) {
            ScanCacheEntry e = remembered.get(path.toString());
            if (e == null || !e.identity().equals(identity)) {
                return Optional.empty();
            }
            seen.put(path.toString(), e);
            hits.incrementAndGet();
            return Optional.of(e);
        }

        /** How many files this scan took from the cache instead of reading them. */
        public int hits() {
            return hits.get();
        }

        /** Remembers a file just read, unless it could not be read or changed too recently to trust. */
        void remember(Path path, FileIdentity identity, MigrationFile read) {
            if (read.checksum() == null || identity.changeTimeNanos() > startedNanos - racyWindowNanos) {
                return;
            }
            seen.put(path.toString(), new ScanCacheEntry(identity, read.size(), read.checksum(),
                    read.normalizedChecksum(), read.problems(), null));
            changed = true;
        }

        /** The objects parsed from {@code path} in an earlier run, if this scan found the file unchanged. */
        public Optional<Extraction> extraction(Path path) {
            ScanCacheEntry e = seen.get(path.toString());
            return e == null ? Optional.empty() : Optional.ofNullable(e.extraction());
        }

        /** Keeps the objects parsed from the text this scan read (and remembered) for {@code path}. */
        public void rememberExtraction(Path path, Extraction extraction) {
            seen.computeIfPresent(path.toString(), (k, e) -> {
                changed = true;
                return e.withExtraction(extraction);
            });
        }

        /**
         * Ends the scan: the files it saw become what is remembered (files gone from the folder are
         * forgotten), and the cache file is rewritten if anything changed. A cache that cannot be
         * written costs the next run its speed, nothing else, so that failure is not reported.
         */
        public void finish() {
            synchronized (ScanCache.this) {
                if (!changed && remembered.keySet().equals(seen.keySet())) {
                    return;
                }
                remembered.clear();
                remembered.putAll(seen);
                if (file != null) {
                    try {
                        ScanCacheFile.write(file, header, remembered);
                    } catch (IOException | UncheckedIOException e) {
                        // Slower next time; the results are the same.
                    }
                }
            }
        }
    }

    /** Size, modification time, change time (nanoseconds), inode and device of a file. */
    public record FileIdentity(long size, long modifiedNanos, long changeTimeNanos, long inode, long device) {
    }

}
