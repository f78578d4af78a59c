package io.migrascope.seeds;

import io.migrascope.core.tool.prisma.PrismaEngineRows;
import static io.migrascope.seeds.CliWalk.assertExit;
import static io.migrascope.seeds.PrismaSeed001.VERSIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.seeds.PrismaSeed001.Evidence;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 001, Prisma P3009: {@code 20250203180200_revenue_system_versions} failed in production and
 * Prisma refuses every deploy. The seed names the ways out — mark it applied when its objects exist,
 * retry it, and make it idempotent — and which one is right depends on what the failed run left
 * behind. Each case is rebuilt with the rows Prisma's engine writes and walked with {@code recover}
 * only; the guide must recommend the way the catalog supports.
 */
@ExtendWith(PostgresExtension.class)
class Seed001PrismaFailedMigrationTest {
    @TempDir
    Path project;

    @Test
    void partlyRunTheFixForwardRewriteIsSavedOverTheFileMarkedRolledBackAndApplied(TestDatabase db) throws Exception {
        PrismaSeed001.files(project);
        PrismaSeed001.broken(db, Evidence.PARTIAL);
        try (CliWalk walk = new CliWalk(db, project, "shop").savedAs("seed001-partial")) {
            assertExit(2, walk.status());
            CliRun list = walk.recover();
            assertExit(2, list);
            CliWalk.Listed partial = walk.find(list, "PARTIALLY_APPLIED", VERSIONS);
            assertTrue(partial.message().contains("is recorded as failed, and only some of its objects exist"),
                    partial.message());

            CliRun guide = walk.guide(partial);
            String text = guide.out();
            assertTrue(text.contains("Migration " + VERSIONS + " (revenue_system_versions) ran only partly: some of its"
                    + " objects exist, others do not. Marking it applied would hide the missing ones; running it again"
                    + " fails on the present ones."), text);
            assertTrue(text.contains("1. Fix forward: make the file idempotent, then run it again   <- recommended by"
                    + " the evidence"), text);
            assertTrue(text.contains("Save the rewrite over the file, mark the migration rolled back, and apply."), text);
            String rewrite = CliWalk.byHand(guide, 1);
            assertTrue(rewrite.contains("CREATE TABLE IF NOT EXISTS \"revenue_system_versions\""), rewrite);
            assertTrue(rewrite.contains("CREATE INDEX IF NOT EXISTS \"revenue_system_versions_status_created_at_idx\""),
                    rewrite);
            assertTrue(rewrite.contains("duplicate_object"), rewrite);

            // By hand, as the guide says: the rewrite replaces the file (the seed's "updated to be idempotent").
            Path file = PrismaSeed001.migrationFile(project, VERSIONS);
            Files.writeString(file, rewrite);
            walk.note("# by hand: save the rewrite shown under \"By hand:\" over\n#   prisma/migrations/" + VERSIONS
                    + "/migration.sql");

            CliRun rolledBack = walk.carryOut(partial, 1, "seed 001: fix forward, step 1");
            assertExit(1, rolledBack);
            assertTrue(rolledBack.out().contains("Resolved: PARTIALLY_APPLIED " + VERSIONS + " is gone."),
                    rolledBack.out());
            assertTrue(rolledBack.out().contains(VERSIONS + ": ROLLED_BACK"), rolledBack.out());

            CliRun applied = applyThePending(walk);
            // Clean by Prisma's status: the first recorded attempt (the failed row, rolled back) has the old
            // checksum, and prisma-engines' diagnose_migration_history compares the file with the first row of that
            // name, rolled back or not, into editedMigrationNames; but prisma migrate status prints those nowhere
            // and exits 0 ("Database schema is up to date!"), and deploy never reads them. Only migrate dev does.
            // So it is information, and the guide says what it means and what (not) to do.
            CliRun status = walk.status();
            assertExit(0, applied);
            assertExit(0, status);
            assertTrue(status.out().contains("Summary: 4 APPLIED"), status.out());
            assertTrue(status.out().contains("INFO FIRST_ATTEMPT_DIFFERS: Migration " + VERSIONS + ": its first"
                    + " recorded attempt"), status.out());
            assertTrue(status.out().contains("will report \"The migration `" + VERSIONS + "` was modified after it was"
                    + " applied\" and ask for a reset; prisma migrate status and deploy do not look at it."),
                    status.out());
            assertFalse(status.out().contains("ERROR ") || status.out().contains("WARNING "), status.out());
            CliRun remaining = walk.recover();
            assertExit(0, remaining);
            assertEquals(List.of("FIRST_ATTEMPT_DIFFERS"), CliWalk.listed(remaining).stream()
                    .map(CliWalk.Listed::code).toList(), remaining.out());
            CliRun explained = walk.guide(CliWalk.listed(remaining).get(0));
            assertExit(0, explained);
            assertTrue(explained.out().contains("prisma migrate deploy and prisma migrate status ignore it"),
                    explained.out());
            assertTrue(explained.out().contains("1. Nothing to do on this database"), explained.out());
            assertTrue(explained.out().contains("npx prisma migrate reset   # development databases only"),
                    explained.out());
        }
        assertWhatPrismaReads(db, 4);
        assertEquals(List.of("t"), db.column("SELECT count(*) = 1 FROM pg_constraint"
                + " WHERE conname = 'revenue_system_versions_created_by_id_fkey'"));
        assertTrue(db.tableExists("revenue_system_versions_status_created_at_idx"));
    }

    @Test
    void everyObjectPresentTheGuideRecommendsMarkApplied(TestDatabase db) throws Exception {
        PrismaSeed001.files(project);
        PrismaSeed001.broken(db, Evidence.ALL_PRESENT);
        try (CliWalk walk = new CliWalk(db, project, "shop").savedAs("seed001-all-present")) {
            CliRun list = walk.recover();
            assertExit(2, list);
            CliWalk.Listed failed = walk.find(list, "FAILED_MIGRATION", VERSIONS);
            CliRun guide = walk.guide(failed);
            String text = guide.out();
            assertTrue(text.contains("started but did not finish; the tool recorded it as failed and will not run later"
                    + " migrations until it is resolved. All of its objects exist, so its work is done."), text);
            assertTrue(text.contains("1. Mark " + VERSIONS + " rolled back, fix the file, and apply again\n"), text);
            assertTrue(text.contains("2. Mark " + VERSIONS + " applied   <- recommended by the evidence"), text);
            assertTrue(text.contains("catalog: 10 of 10 objects the file leaves behind are present"), text);

            CliRun marked = walk.carryOut(failed, 2, "seed 001 option 1: resolve --applied");
            assertExit(0, marked);
            assertTrue(marked.out().contains("Resolved: FAILED_MIGRATION " + VERSIONS + " is gone."), marked.out());
            assertExit(0, walk.status());
        }
        assertWhatPrismaReads(db, 4);
    }

    @Test
    void nothingLeftTheGuideRecommendsRollingBackAndTheRetryApplies(TestDatabase db) throws Exception {
        PrismaSeed001.files(project);
        PrismaSeed001.broken(db, Evidence.NONE_PRESENT);
        try (CliWalk walk = new CliWalk(db, project, "shop").savedAs("seed001-none-present")) {
            CliRun list = walk.recover();
            assertExit(2, list);
            CliWalk.Listed failed = walk.find(list, "FAILED_MIGRATION", VERSIONS);
            CliRun guide = walk.guide(failed);
            String text = guide.out();
            assertTrue(text.contains("None of its objects exist, so it changed nothing that stayed."), text);
            assertTrue(text.contains("1. Mark " + VERSIONS + " rolled back, fix the file, and apply again   <-"
                    + " recommended by the evidence"), text);
            assertTrue(text.contains("2. Mark " + VERSIONS + " applied\n"), text);

            CliRun rolledBack = walk.carryOut(failed, 1, "seed 001 option 2: let it retry");
            assertExit(1, rolledBack);
            assertTrue(rolledBack.out().contains("Resolved: FAILED_MIGRATION " + VERSIONS + " is gone."),
                    rolledBack.out());
            clean(walk, applyThePending(walk));
        }
        assertWhatPrismaReads(db, 4);
    }

    /** The rolled-back migration is pending: the guide's option applies it; the state is read again. */
    private static CliRun applyThePending(CliWalk walk) {
        CliRun list = walk.recover();
        assertExit(1, list);
        CliWalk.Listed pending = walk.find(list, "PENDING", VERSIONS);
        CliRun applied = walk.carryOut(pending, 1, "seed 001: deploy again");
        assertTrue(applied.out().contains(VERSIONS + ": APPLIED"), applied.out());
        assertTrue(applied.out().contains("catalog: 10 of 10 objects the file leaves behind are present"),
                applied.out());
        assertTrue(applied.out().contains("Resolved: PENDING " + VERSIONS + " is gone."), applied.out());
        return applied;
    }

    private static void clean(CliWalk walk, CliRun applied) {
        CliRun status = walk.status();
        assertExit(0, applied);
        assertExit(0, status);
        assertTrue(walk.recover().out().contains("Nothing to recover: every migration is in order."));
    }

    /**
     * What {@code prisma migrate deploy} and {@code migrate status} read: no unfinished row that is not
     * rolled back (P3009 is exactly that), and for each folder a finished row whose checksum is the
     * SHA-256 of its migration.sql as it is now (else "was modified after it was applied").
     */
    private void assertWhatPrismaReads(TestDatabase db, int folders) throws Exception {
        assertEquals(List.of("0"), db.column("SELECT count(*) FROM _prisma_migrations"
                + " WHERE finished_at IS NULL AND rolled_back_at IS NULL"), "no failed migration: no P3009");
        List<String> names = new ArrayList<>();
        try (var dirs = Files.list(project.resolve("prisma").resolve("migrations"))) {
            dirs.filter(Files::isDirectory).forEach(d -> names.add(d.getFileName().toString()));
        }
        assertEquals(folders, names.size());
        for (String name : names) {
            String checksum = PrismaEngineRows.checksum(Files.readString(
                    PrismaSeed001.migrationFile(project, name)));
            List<String> finished = db.column("SELECT checksum FROM _prisma_migrations WHERE migration_name = '" + name
                    + "' AND finished_at IS NOT NULL AND rolled_back_at IS NULL");
            assertEquals(List.of(checksum), finished, name + " has one finished row with the file's checksum");
        }
        assertFalse(names.isEmpty());
    }
}
