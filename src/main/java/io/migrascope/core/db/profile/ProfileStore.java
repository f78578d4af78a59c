package io.migrascope.core.db.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The profiles, as {@code profiles.json} in the {@link ConfigDirectory}. Every change re-reads the
 * file and writes it back atomically, so two windows never undo each other's edits by accident.
 * A file that cannot be read is moved aside with a timestamp and reported, never overwritten.
 * Runs on a background thread: every method touches the disk.
 */
public final class ProfileStore {
    public static final String FILE_NAME = "profiles.json";
    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final List<String> notices = new ArrayList<>();

    public ProfileStore(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    /** The store in the user's config directory. */
    public static ProfileStore standard() {
        return new ProfileStore(ConfigDirectory.resolve());
    }

    public Path file() {
        return file;
    }

    /** The profiles in the file's order, and what happened to a damaged file since the last load. */
    public synchronized Loaded load() throws IOException {
        List<Profile> profiles = read();
        List<String> told = List.copyOf(notices);
        notices.clear();
        return new Loaded(profiles, told);
    }

    public synchronized List<Profile> list() throws IOException {
        return read();
    }

    public synchronized Optional<Profile> find(String name) throws IOException {
        return read().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Adds the profile, or replaces the one of the same name. */
    public synchronized void save(Profile profile) throws IOException {
        replace(profile.name(), profile);
    }

    /**
     * Replaces the profile called {@code previousName} by {@code profile} in place (an edit that may
     * rename it), or adds it at the end when there is none.
     *
     * @throws IllegalArgumentException when the profile is invalid or its new name is taken
     */
    public synchronized void replace(String previousName, Profile profile) throws IOException {
        List<String> problems = profile.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("profile '" + profile.name() + "' cannot be saved: "
                    + String.join("; ", problems));
        }
        List<Profile> profiles = new ArrayList<>(read());
        if (!profile.name().equals(previousName) && indexOf(profiles, profile.name()) >= 0) {
            throw new IllegalArgumentException("a profile called '" + profile.name() + "' exists already;"
                    + " choose another name");
        }
        int at = indexOf(profiles, previousName);
        if (at >= 0) {
            profiles.set(at, profile);
        } else {
            profiles.add(profile);
        }
        write(profiles);
    }

    public synchronized Profile rename(String from, String to) throws IOException {
        Profile existing = require(from);
        Profile renamed = existing.withName(to);
        replace(from, renamed);
        return renamed;
    }

    /** A copy named "name copy" (or "name copy 2" ...), placed right after the original. */
    public synchronized Profile duplicate(String name) throws IOException {
        Profile original = require(name);
        List<Profile> profiles = new ArrayList<>(read());
        String candidate = name + " copy";
        for (int n = 2; indexOf(profiles, candidate) >= 0; n++) {
            candidate = name + " copy " + n;
        }
        Profile copy = original.withName(candidate);
        profiles.add(indexOf(profiles, name) + 1, copy);
        write(profiles);
        return copy;
    }

    /** @return whether there was such a profile */
    public synchronized boolean delete(String name) throws IOException {
        List<Profile> profiles = new ArrayList<>(read());
        boolean removed = profiles.removeIf(p -> p.name().equals(name));
        if (removed) {
            write(profiles);
        }
        return removed;
    }

    private Profile require(String name) throws IOException {
        return find(name).orElseThrow(() -> new IllegalArgumentException("there is no profile called '" + name + "'"));
    }

    private static int indexOf(List<Profile> profiles, String name) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private List<Profile> read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        try {
            StoredProfiles stored = mapper.readValue(bytes, StoredProfiles.class);
            if (stored == null || stored.profiles() == null) {
                throw new IOException("the file holds no \"profiles\" list");
            }
            if (stored.profiles().stream().anyMatch(p -> p == null)) {
                throw new IOException("the \"profiles\" list holds an empty entry");
            }
            return List.copyOf(stored.profiles());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return setAside(describe(e));
        } catch (IOException e) {
            return setAside(e.getMessage());
        }
    }

    private List<Profile> setAside(String why) throws IOException {
        Path aside = AtomicFiles.setAside(file);
        notices.add(file + " could not be read (" + why + "). It was kept as " + aside.getFileName()
                + " and the list starts empty; repair that file and move it back to " + FILE_NAME
                + " to get the profiles back.");
        return List.of();
    }

    private static String describe(Exception e) {
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            return "line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ": "
                    + j.getOriginalMessage();
        }
        return e.getMessage();
    }

    private void write(List<Profile> profiles) throws IOException {
        AtomicFiles.write(file, mapper.writeValueAsBytes(new StoredProfiles(StoredProfiles.FORMAT, profiles)));
    }

    /** What a load found: the profiles, and sentences about a damaged file that was set aside. */
    public record Loaded(List<Profile> profiles, List<String> notices) {
        public Loaded {
            profiles = List.copyOf(profiles);
            notices = List.copyOf(notices);
        }
    }

    /** The file's shape; {@code format} lets a later version read older files. */
    record StoredProfiles(int format, List<Profile> profiles) {
        static final int FORMAT = 1;
    }
}
