package io.migrascope.demo;

import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.tool.RunOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Seeds 001 and 003 on Prisma: a baselined project whose history hides a table created twice and
 * a foreign key that was never made, and whose last deploy stopped half way through a
 * non-idempotent migration (P3009), with an earlier failure rolled back and waiting for a retry.
 */
final class PrismaScenario implements DemoScenario {
    private static final String MIGRATIONS = "prisma/migrations/";
    private static final String BASELINE = "0_init";
    private static final String FORM_VERSIONS = "20241030170000_request_form_versions";
    private static final String SEARCH = "20241106091500_message_search";
    private static final String REACTIONS = "20241120100000_message_reactions";

    @Override
    public String sample() {
        return "prisma";
    }

    @Override
    public String toolId() {
        return "prisma";
    }

    @Override
    public String seed() {
        return "001, 003";
    }

    @Override
    public String title() {
        return "Prisma: a failed non-idempotent migration (P3009) and a history that cannot be replayed";
    }

    @Override
    public String description() {
        return "The team chat app moved to Prisma Migrate with a 0_init baseline (resolved as applied). Its"
                + " history has the two faults of seed 003: the notifications migration creates dead_letter_queue"
                + " again (IF NOT EXISTS hides it), and request_templates guards a foreign key to teams, which only"
                + " a later migration creates, so the key was never made. The first deploy of message_search hit"
                + " a lock timeout and was resolved with --rolled-back; before it was retried, request_form_versions"
                + " (seed 001) came in from a branch and the next deploy stopped half way through it: the table"
                + " exists, its unique index and foreign key do not, and Prisma refuses every deploy with P3009."
                + " message_reactions waits behind it. Seed 001's way out: make request_form_versions idempotent,"
                + " resolve it as rolled back, then apply.";
    }

    @Override
    public List<FindingCode> findings() {
        return List.of(FindingCode.PARTIALLY_APPLIED, FindingCode.RECORDED_NOT_EFFECTIVE, FindingCode.CREATED_TWICE,
                FindingCode.DEPENDS_ON_LATER_FILE, FindingCode.PENDING);
    }

    @Override
    public List<MigrationState> states() {
        return List.of(MigrationState.BASELINE, MigrationState.APPLIED, MigrationState.PARTIAL,
                MigrationState.ROLLED_BACK, MigrationState.PENDING);
    }

    @Override
    public void build(DemoBuild b) throws IOException, DemoException {
        // The schema that existed before Prisma Migrate, then `prisma migrate resolve --applied 0_init`.
        b.runOutsideTool(MIGRATIONS + BASELINE + "/migration.sql");
        b.repair(b.dir(), ActionKind.MARK_APPLIED, BASELINE);
        // Deploy 1: everything up to teams ran; message_search timed out on the lock of messages.
        Set<String> later = Set.of(FORM_VERSIONS, SEARCH, REACTIONS);
        b.apply(b.stage(f -> later.stream().noneMatch(f::contains)), 5);
        Path withSearch = b.stage(f -> !f.contains(FORM_VERSIONS) && !f.contains(REACTIONS));
        b.recordRun(withSearch, SEARCH + "/migration.sql", new RunOutcome(false, 10_004, 0, prismaLogs(SEARCH,
                "55P03", "canceling statement due to lock timeout")));
        b.repair(withSearch, ActionKind.MARK_ROLLED_BACK, SEARCH);
        // Deploy 2: request_form_versions ran its CREATE TABLE, then timed out building the index.
        b.runOutsideTool(MIGRATIONS + FORM_VERSIONS + "/migration.sql", 1);
        b.recordRun(b.stage(f -> !f.contains(REACTIONS)), FORM_VERSIONS + "/migration.sql",
                new RunOutcome(false, 30_012, 1, prismaLogs(FORM_VERSIONS, "57014",
                        "canceling statement due to statement timeout")));
    }

    /** The logs column as Prisma's engine fills it for a failed migration. */
    private static String prismaLogs(String migration, String sqlState, String error) {
        return "Migration name: " + migration + "\n\nDatabase error code: " + sqlState + "\n\nDatabase error:\nERROR: "
                + error + "\n";
    }
}
