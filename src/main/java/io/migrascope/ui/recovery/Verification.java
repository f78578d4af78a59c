package io.migrascope.ui.recovery;

import io.migrascope.core.model.Finding;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state read again after a recovery: each affected version's new state with what the catalog
 * says of its objects, and whether the finding is gone — the result, not the hope.
 *
 * @param versions one entry per version the finding concerned
 * @param resolved true when the new report has no finding with the same code and versions
 */
public record Verification(List<VersionState> versions, boolean resolved) {

    public Verification {
        versions = List.copyOf(versions);
    }

    /**
     * One version afterwards.
     *
     * @param version the version
     * @param state   its state now, or null when it is no longer listed (no file, no tracking row)
     * @param meaning the state in words
     * @param objects the catalog lines for its objects (may be empty)
     */
    public record VersionState(String version, String state, String meaning, List<String> objects) {
        public VersionState {
            objects = List.copyOf(objects);
        }

        /** "002: PENDING — file present, not tracked, newer than everything applied". */
        public String line() {
            return version + ": " + (state == null ? "no longer listed (no file, no tracking row)"
                    : state + " — " + meaning);
        }
    }

    public static Verification of(Report after, Finding finding) {
        List<VersionState> out = new ArrayList<>();
        for (Version v : finding.versions()) {
            Optional<MigrationRow> row = after.row(v);
            out.add(row.map(r -> new VersionState(v.text(), r.state().name(), r.state().meaning(),
                            r.objects() == null ? List.of() : r.objects().lines()))
                    .orElse(new VersionState(v.text(), null, "", List.of())));
        }
        boolean stillThere = after.findings().stream()
                .anyMatch(f -> f.code() == finding.code() && f.versions().equals(finding.versions()));
        return new Verification(out, !stillThere);
    }
}
