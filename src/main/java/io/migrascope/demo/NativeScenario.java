package io.migrascope.demo;

import io.migrascope.core.action.ActionException;
import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationState;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Seed 002, the home-made runner: the older file of each duplicate pair ran in production, the
 * newer ones arrived with a long-lived branch, and the runner now refuses to start.
 */
final class NativeScenario implements DemoScenario {
    private static final Set<String> MERGED_LATER = NativeReleases.MERGED_LATER;
    private static final String INDEX_FILE = "010_index_messages_history.sql";

    @Override
    public String sample() {
        return "native";
    }

    @Override
    public String toolId() {
        return "native";
    }

    @Override
    public String seed() {
        return "002";
    }

    @Override
    public String title() {
        return "home-made runner: duplicate versions after a merge";
    }

    @Override
    public String description() {
        return "A team chat app on Migrascope's own format (the seed's home-made runner done right). Versions"
                + " 001-009 ran in production, with the older file of each pair 003, 005 and 006. The concurrent"
                + " index of 010 was cancelled by a lock timeout behind a long transaction and is recorded as failed."
                + " Then a long-lived branch was merged whose files picked 003, 005 and 006 from a stale checkout,"
                + " so three versions are claimed twice and the runner refuses to go on. Someone also re-saved"
                + " 004 with Windows line endings (same SQL, other checksum), the old runner's extra column"
                + " deployed_commit is still in schema_migrations, and the folder holds a README. Renumber the three"
                + " newer files (011, 012, 013), realign 004, and retry or roll back 010.";
    }

    @Override
    public List<FindingCode> findings() {
        return List.of(FindingCode.DUPLICATE_VERSION, FindingCode.FAILED_MIGRATION, FindingCode.COSMETIC_DRIFT,
                FindingCode.TRACKING_TABLE_UNEXPECTED, FindingCode.IGNORED_FILE);
    }

    @Override
    public List<MigrationState> states() {
        return List.of(MigrationState.APPLIED, MigrationState.DUPLICATE, MigrationState.DRIFTED_COSMETIC,
                MigrationState.FAILED);
    }

    @Override
    public void build(DemoBuild b) throws IOException, DemoException {
        // Production before the merge: 001-009, the older file of each pair.
        b.apply(b.stage(f -> f.endsWith(".sql") && !MERGED_LATER.contains(f) && !f.equals(INDEX_FILE)), 9);
        // The 010 deploy: a report query held its lock for minutes and the index build gave up.
        ActionException failure = b.applyBlockedBy(
                b.stage(f -> f.endsWith(".sql") && !MERGED_LATER.contains(f)), "public.messages");
        if (failure.sqlState() == null || !failure.sqlState().equals("55P03")) {
            throw new DemoException("building demo_native: 010 failed otherwise than on its lock timeout: "
                    + failure.getMessage());
        }
        // The old runner recorded the commit it deployed from; Migrascope's format has no such column.
        b.sql("ALTER TABLE public.schema_migrations ADD COLUMN deployed_commit text");
        b.files().flipLineEndings(NativeReleases.RESAVED_FILE);
    }
}
