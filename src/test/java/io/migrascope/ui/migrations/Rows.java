package io.migrascope.ui.migrations;

import io.migrascope.core.model.Finding;
import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reports built in memory, for view-model tests that need no database. */
public final class Rows {
    private Rows() {
    }

    public static MigrationFile file(String version, String name) {
        String file = version + "_" + name + ".sql";
        return new MigrationFile(Version.parse(version), name, file, Path.of("/m", file), 10, "c" + version + name,
                "n" + version, List.of());
    }

    public static MigrationRow row(String version, MigrationState state, String... names) {
        List<MigrationFile> files = new ArrayList<>();
        for (String n : names) {
            files.add(file(version, n));
        }
        TrackedRow tracked = state == MigrationState.APPLIED || state == MigrationState.DRIFTED_COSMETIC
                ? new TrackedRow(Version.parse(version), names.length == 0 ? "gone" : names[0], TrackedRow.Outcome.SUCCESS,
                        "t" + version, null, Instant.parse("2024-05-01T10:00:00Z"), "postgres", 12L, null, null)
                : null;
        return new MigrationRow(Version.parse(version), state, files, tracked, List.of());
    }

    public static Report report(List<MigrationRow> rows, Finding... findings) {
        return new Report("native", "localhost:5432/shop", rows, List.of(findings), List.of());
    }

    /** The shape of the native sample: two applied, three duplicates, pending files. */
    public static Report sampleLike() {
        List<MigrationRow> rows = List.of(
                row("001", MigrationState.APPLIED, "initial_schema"),
                row("002", MigrationState.DRIFTED_COSMETIC, "enhanced_requests_system"),
                row("003", MigrationState.DUPLICATE, "add_missing_request_columns", "add_unread_tracking"),
                row("004", MigrationState.PENDING, "direct_messaging_system"),
                row("005", MigrationState.DUPLICATE, "add_request_pins", "enhance_chat_for_phase1"),
                row("006", MigrationState.DUPLICATE, "add_request_attachments", "group_conversations"),
                row("007", MigrationState.PENDING, "notifications"));
        Finding dup = Finding.of(FindingCode.DUPLICATE_VERSION, List.of(Version.parse("005")),
                "Version 005 is claimed by 2 files", List.of("a", "b"), List.of());
        return report(rows, dup);
    }
}
