package io.migrascope.core.tool;

import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.MigrationFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and checksums matched files. Files are read in parallel: on two cores hashing 10,000
 * files is the larger part of a status run, and each file is independent.
 */
public final class FileReader {
    private FileReader() {
    }

    /** Where {@link #keepingTexts} collects the decoded texts of the files the current thread's scan reads. */
    private static final ThreadLocal<Map<Path, String>> TEXTS = new ThreadLocal<>();
    /** The cache pass of the current thread's scan, set by {@link #keepingTexts(Map, ScanCache.Pass, Scan)}. */
    private static final ThreadLocal<ScanCache.Pass> CACHE = new ThreadLocal<>();
    /** Set by {@link #sequentially}: read this thread's scan's files on this thread only. */
    private static final ThreadLocal<Boolean> SEQUENTIAL = new ThreadLocal<>();

    /** A scan whose decoded file texts should be kept: one {@code MigrationTool.scan(Path)} call. */
    @FunctionalInterface
    public interface Scan<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code scan} on this thread, putting each file's decoded text into {@code texts} by its
     * path. The catalog probe parses every file after the scan has read it; keeping the text saves
     * reading and decoding 10,000 files twice. The tool's {@code scan} signature stays as it is.
     */
    public static <T> T keepingTexts(Map<Path, String> texts, Scan<T> scan) throws IOException {
        return keepingTexts(texts, null, scan);
    }

    /**
     * As {@link #keepingTexts(Map, Scan)}, and a file unchanged since {@code cache} last saw it is
     * not read at all: its checksums and problems come from the cache, and its text is not kept
     * (the probe takes its objects from the cache too).
     */
    public static <T> T keepingTexts(Map<Path, String> texts, ScanCache.Pass cache, Scan<T> scan) throws IOException {
        Map<Path, String> before = TEXTS.get();
        ScanCache.Pass cacheBefore = CACHE.get();
        TEXTS.set(texts);
        CACHE.set(cache);
        try {
            return scan.run();
        } finally {
            TEXTS.set(before);
            CACHE.set(cacheBefore);
        }
    }

    /** Runs {@code scan} with its files read one after another on this thread, not in parallel. */
    public static <T> T sequentially(Scan<T> scan) throws IOException {
        Boolean before = SEQUENTIAL.get();
        SEQUENTIAL.set(true);
        try {
            return scan.run();
        } finally {
            SEQUENTIAL.set(before);
        }
    }

    public static List<MigrationFile> read(List<FileCandidate> candidates, ChecksumAlgorithm algorithm) {
        Map<Path, String> texts = TEXTS.get();
        ScanCache.Pass cache = algorithm instanceof ChecksumAlgorithm.SideEffecting ? null : CACHE.get();
        return (Boolean.TRUE.equals(SEQUENTIAL.get()) ? candidates.stream() : candidates.parallelStream())
                .map(c -> read(c, algorithm, texts, cache)).toList();
    }

    static MigrationFile read(FileCandidate c, ChecksumAlgorithm algorithm) {
        return read(c, algorithm, null);
    }

    private static MigrationFile read(FileCandidate c, ChecksumAlgorithm algorithm, Map<Path, String> texts,
                                      ScanCache.Pass cache) {
        if (cache == null) {
            return read(c, algorithm, texts);
        }
        // Stat before reading: a write between the two moves the change time, so the next run misses.
        Optional<ScanCache.FileIdentity> identity = ScanCache.identify(c.path());
        if (identity.isEmpty()) {
            return read(c, algorithm, texts);
        }
        Optional<ScanCacheEntry> known = cache.lookup(c.path(), identity.get());
        if (known.isPresent()) {
            return known.get().file(c);
        }
        MigrationFile read = read(c, algorithm, texts);
        if (read.size() == identity.get().size()) {
            cache.remember(c.path(), identity.get(), read);
        }
        return read;
    }

    private static MigrationFile read(FileCandidate c, ChecksumAlgorithm algorithm, Map<Path, String> texts) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(c.path());
        } catch (IOException | SecurityException e) {
            FileProblem why = unreadable("the file cannot be read (" + describe(e)
                    + "); check its permissions");
            return new MigrationFile(c.version(), c.name(), c.file(), c.path(), -1, null, null, List.of(why));
        }
        List<FileProblem> problems = new ArrayList<>();
        String text = FileText.decode(bytes).orElse(null);
        String normalized = null;
        if (text == null) {
            problems.add(unreadable("not valid UTF-8 at byte " + FileText.invalidUtf8Offset(bytes)
                    + "; re-save the file as UTF-8"));
        } else {
            int nul = FileText.nulOffset(text);
            if (nul >= 0) {
                problems.add(unreadable("contains a NUL character at offset " + nul
                        + ", which PostgreSQL refuses; remove it"));
            }
            if (text.startsWith("\uFEFF")) {
                problems.add(new FileProblem(FileProblem.Kind.NOTE,
                        "starts with a UTF-8 byte order mark (stripped before the SQL is sent)"));
            }
            if (FileText.withoutBom(text).isBlank()) {
                problems.add(new FileProblem(FileProblem.Kind.EMPTY, "holds no SQL"));
            }
            normalized = Checksums.normalizedSha256(text);
            if (texts != null) {
                texts.put(c.path(), text);
            }
        }
        return new MigrationFile(c.version(), c.name(), c.file(), c.path(), bytes.length,
                algorithm.checksum(bytes, text), normalized, problems);
    }

    private static FileProblem unreadable(String why) {
        return new FileProblem(FileProblem.Kind.UNREADABLE, "cannot be run: " + why);
    }

    private static String describe(Exception e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
