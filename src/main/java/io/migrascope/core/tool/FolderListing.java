package io.migrascope.core.tool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One folder's entry names, read once and shared by every tool's detection. Ten detectors each
 * listing (and stat-ing) a folder of 10,000 files was the largest part of {@code status --tool auto};
 * names come from one directory read, and an entry is stat-ed only when a detector asks about it.
 * Not thread-safe: one detection pass uses it on one thread.
 */
public final class FolderListing {
    private final Path folder;
    private final List<String> names;
    private final Map<String, FolderListing> children = new HashMap<>();
    private final Map<String, Boolean> directories = new HashMap<>();

    private FolderListing(Path folder, List<String> names) {
        this.folder = folder;
        this.names = names;
    }

    /** The folder's entries; an empty listing when it is not a folder (detection then finds no files). */
    public static FolderListing of(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return new FolderListing(folder, List.of());
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                names.add(p.getFileName().toString());
            }
        }
        Collections.sort(names);
        return new FolderListing(folder, Collections.unmodifiableList(names));
    }

    public Path folder() {
        return folder;
    }

    /** The listing of {@code path}: this one, a (remembered) sub-folder's, or a new one elsewhere. */
    public FolderListing at(Path path) throws IOException {
        if (path.equals(folder)) {
            return this;
        }
        if (path.startsWith(folder)) {
            FolderListing here = this;
            for (Path part : folder.relativize(path)) {
                here = here.child(part.toString());
            }
            return here;
        }
        return of(path);
    }

    /** Whether the folder exists as a folder (an empty listing may be either). */
    public boolean exists() {
        return !names.isEmpty() || Files.isDirectory(folder);
    }

    /** Entry names, sorted; files and folders alike, nothing stat-ed. */
    public List<String> names() {
        return names;
    }

    public int count(Predicate<String> name) {
        int n = 0;
        for (String s : names) {
            if (name.test(s)) {
                n++;
            }
        }
        return n;
    }

    /** Whether an entry of that name is a folder (following links); asked of the disk once per name. */
    public boolean isDirectory(String name) {
        return directories.computeIfAbsent(name, n -> Files.isDirectory(folder.resolve(n)));
    }

    /** Whether a regular file of that name is in the folder. */
    public boolean isRegularFile(String name) {
        return Collections.binarySearch(names, name) >= 0 && Files.isRegularFile(folder.resolve(name));
    }

    /** The listing of a sub-folder (empty when there is none); read once however often it is asked for. */
    public FolderListing child(String name) throws IOException {
        FolderListing child = children.get(name);
        if (child == null) {
            child = Collections.binarySearch(names, name) >= 0 ? of(folder.resolve(name))
                    : new FolderListing(folder.resolve(name), List.of());
            children.put(name, child);
        }
        return child;
    }

    /** The first sub-folder, in name order, that holds regular files named {@code required} and none named {@code absent}. */
    public Optional<String> firstFolderWith(List<String> required, List<String> absent) throws IOException {
        for (String name : names) {
            if (looksLikeFile(name) || !isDirectory(name)) {
                continue;
            }
            FolderListing sub = child(name);
            if (required.stream().allMatch(sub::isRegularFile) && absent.stream().noneMatch(a -> sub.names().contains(a))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Up to {@code bytes} bytes of a file as text, or empty text when it cannot be read. */
    public String head(String name, int bytes) {
        try (InputStream in = Files.newInputStream(folder.resolve(name))) {
            return new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            return "";
        }
    }

    /**
     * Migration files carry an extension that no tool's migration folder does, so such entries are
     * not stat-ed while looking for folders: this keeps a 10,000-file folder from costing 10,000 stats.
     */
    private static boolean looksLikeFile(String name) {
        return name.endsWith(".sql") || name.endsWith(".js") || name.endsWith(".ts") || name.endsWith(".rb")
                || name.endsWith(".json") || name.endsWith(".toml") || name.endsWith(".cjs") || name.endsWith(".mjs");
    }
}
