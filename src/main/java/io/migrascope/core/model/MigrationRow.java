package io.migrascope.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One migration identity: the files that claim a version joined with its tracking row.
 *
 * @param version  the version
 * @param state    exactly one state
 * @param files    the files claiming this version (more than one only for DUPLICATE)
 * @param tracked  the tracking row, if any
 * @param evidence facts that decided the state, one per line
 * @param objects  what the catalog says of the file's objects, or null when it was not asked
 */
public record MigrationRow(
        Version version,
        MigrationState state,
        List<MigrationFile> files,
        TrackedRow tracked,
        List<String> evidence,
        ObjectEvidence objects) {

    public MigrationRow(Version version, MigrationState state, List<MigrationFile> files, TrackedRow tracked,
                        List<String> evidence) {
        this(version, state, files, tracked, evidence, null);
    }

    public MigrationRow {
        files = List.copyOf(files);
        evidence = List.copyOf(evidence);
    }

    /** The name from the file, or from the tracking row when the file is gone. */
    public String name() {
        if (!files.isEmpty()) {
            return files.get(0).name();
        }
        return tracked == null ? "" : tracked.name();
    }

    public Optional<MigrationFile> file() {
        return files.size() == 1 ? Optional.of(files.get(0)) : Optional.empty();
    }

    public Optional<TrackedRow> trackedRow() {
        return Optional.ofNullable(tracked);
    }
}
