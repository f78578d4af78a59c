package io.migrascope.ui.migrations;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One table row, with every text precomputed in the background: cells only read fields, and the
 * text filter compares one lower-cased string.
 */
public final class RowItem {
    private final MigrationRow row;
    private final String files;
    private final String fileChecksum;
    private final String trackedChecksum;
    private final String search;

    RowItem(MigrationRow row) {
        this.row = row;
        this.files = row.files().stream().map(MigrationFile::file).collect(Collectors.joining("\n"));
        this.fileChecksum = row.files().stream().map(f -> f.checksum() == null ? "unreadable" : f.checksum())
                .collect(Collectors.joining("\n"));
        TrackedRow t = row.tracked();
        this.trackedChecksum = t == null || t.checksum() == null ? "" : t.checksum();
        this.search = (row.version().text() + " " + row.name() + " " + files + " " + row.state().name())
                .toLowerCase(Locale.ROOT);
    }

    public MigrationRow row() {
        return row;
    }

    public MigrationState state() {
        return row.state();
    }

    public Version version() {
        return row.version();
    }

    public String name() {
        return row.name();
    }

    /** Every file claiming the version, one per line (more than one for DUPLICATE). */
    public String files() {
        return files;
    }

    public Instant appliedAt() {
        return row.tracked() == null ? null : row.tracked().appliedAt();
    }

    public String appliedBy() {
        return row.tracked() == null || row.tracked().appliedBy() == null ? "" : row.tracked().appliedBy();
    }

    public Long executionTimeMs() {
        return row.tracked() == null ? null : row.tracked().executionTimeMs();
    }

    public String fileChecksum() {
        return fileChecksum;
    }

    public String trackedChecksum() {
        return trackedChecksum;
    }

    boolean matches(String lowerCaseText) {
        return lowerCaseText.isEmpty() || search.contains(lowerCaseText);
    }
}
