package io.migrascope.seeds;

import io.migrascope.core.tool.prisma.PrismaEngineRows;
import static io.migrascope.seeds.CliWalk.assertExit;
import static io.migrascope.seeds.PrismaSeed003.BATCH;
import static io.migrascope.seeds.PrismaSeed003.ERRORS;
import static io.migrascope.seeds.PrismaSeed003.PROJECTS;
import static io.migrascope.seeds.PrismaSeed003.PROJECTS_MOVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 003, Prisma: a table created twice ({@code dead_letter_queue}) and a migration that depends on a
 * later one ({@code projects}); the batch migration failed in production because of the second. The
 * seed made "_fixed" copies, pushed the schema with {@code db push} and marked everything applied.
 * The clean end here touches no applied file: the failed migration is marked rolled back (nothing of
 * it stayed), the never-applied error-handling migration stops creating {@code dead_letter_queue}
 * (the seed's fixed version), the never-applied project models move before the batch migration, and
 * apply runs the rest in order. Prisma's own rows end as {@code migrate status} wants them.
 */
@ExtendWith(PostgresExtension.class)
class Seed003PrismaHistoryTest {
    @TempDir
    Path project;

    @Test
    void theFailedMigrationIsRolledBackTheFilesAreFixedAndApplyRunsTheRestInOrder(TestDatabase db) throws Exception {
        PrismaSeed003.files(project);
        PrismaSeed003.broken(db);
        Path migrations = project.resolve("prisma").resolve("migrations");
        try (CliWalk walk = new CliWalk(db, project, "app").savedAs("seed003")) {
            CliRun status = walk.status();
            assertExit(2, status);
            CliRun list = walk.recover();
            // The error-handling migration never ran, but the catalog has dead_letter_queue (init made it) and not
            // error_logs: by the objects alone it looks partly run. CREATED_TWICE says why.
            assertEquals(List.of("FAILED_MIGRATION", "PARTIALLY_APPLIED", "CREATED_TWICE", "DEPENDS_ON_LATER_FILE",
                            "PENDING"),
                    CliWalk.listed(list).stream().map(CliWalk.Listed::code).toList(), list.out());

            // 1. The failed migration: nothing of it stayed, so roll it back (it runs again once it can).
            CliWalk.Listed failed = walk.find(list, "FAILED_MIGRATION", BATCH);
            CliRun guide = walk.guide(failed);
            assertTrue(guide.out().contains("None of its objects exist, so it changed nothing that stayed."),
                    guide.out());
            assertTrue(guide.out().contains("relation \"projects\" does not exist"), guide.out());
            assertTrue(guide.out().contains("1. Mark " + BATCH + " rolled back, fix the file, and apply again   <-"
                    + " recommended by the evidence"), guide.out());
            CliRun rolledBack = walk.carryOut(failed, 1, "seed 003: the batch migration left nothing behind");
            assertTrue(rolledBack.out().contains("Resolved: FAILED_MIGRATION " + BATCH + " is gone."),
                    rolledBack.out());

            // 2. Created twice: the seed's "fixed" error-handling migration, made from the guide: the file that
            // never ran stops creating dead_letter_queue. It also settles the "partly applied" reading of that
            // file, whose only present object is init's table.
            list = walk.recover();
            CliWalk.Listed partly = walk.find(list, "PARTIALLY_APPLIED", ERRORS);
            CliRun partlyGuide = walk.guide(partly);
            assertTrue(partlyGuide.out().contains("missing: table error_logs"), partlyGuide.out());
            assertTrue(partlyGuide.out().contains("Resolve CREATED_TWICE first, then look again."), partlyGuide.out());
            assertFalse(partlyGuide.out().contains("recommended by the evidence"), "the rewrite would hide the cause");
            CliWalk.Listed twice = walk.find(list, "CREATED_TWICE", ERRORS);
            assertTrue(twice.message().contains(ERRORS + "/migration.sql creates table dead_letter_queue, which "
                    + PrismaSeed003.INIT + "/migration.sql already creates."), twice.message());
            CliRun twiceGuide = walk.guide(twice);
            assertTrue(twiceGuide.out().contains("1. Remove the second CREATE TABLE dead_letter_queue from " + ERRORS
                    + "/migration.sql   <- recommended by the evidence"), twiceGuide.out());
            CliRun edited = walk.carryOut(twice, 1, "seed 003: error handling must not create dead_letter_queue again");
            assertTrue(edited.out().contains("-CREATE TABLE \"dead_letter_queue\" ("), edited.out());
            assertTrue(edited.out().contains("Resolved: CREATED_TWICE " + ERRORS + " is gone."), edited.out());
            assertEquals(PrismaSeed003.ERROR_LOGS, Files.readString(migrations.resolve(ERRORS).resolve("migration.sql")),
                    "the seed's fixed file: error_logs only");
            list = walk.recover();
            assertFalse(list.out().contains("CREATED_TWICE") || list.out().contains("PARTIALLY_APPLIED"), list.out());

            // 3. Depends on a later file: the never-applied project models move just before the batch migration,
            // which keeps its name (its rolled-back row still matches a folder, as Prisma wants).
            CliWalk.Listed later = walk.find(list, "DEPENDS_ON_LATER_FILE", BATCH);
            assertTrue(later.message().contains("uses table projects (foreign key"), later.message());
            assertTrue(later.message().contains("which only the later " + PROJECTS + "/migration.sql creates"),
                    later.message());
            CliRun laterGuide = walk.guide(later);
            assertTrue(laterGuide.out().contains("1. Move " + PROJECTS + " just before " + BATCH
                    + "   <- recommended by the evidence"), laterGuide.out());
            CliRun moved = walk.carryOut(later, 1, "seed 003: the project models never ran; they go first");
            assertTrue(moved.out().contains("mv " + migrations.resolve(PROJECTS) + " " + migrations.resolve(PROJECTS_MOVED)),
                    moved.out());
            assertTrue(moved.out().contains("Resolved: DEPENDS_ON_LATER_FILE " + BATCH + " is gone."), moved.out());
            assertTrue(Files.isRegularFile(migrations.resolve(PROJECTS_MOVED).resolve("migration.sql")));
            assertFalse(Files.exists(migrations.resolve(PROJECTS)));

            // 4. What is left is pending: apply it, in order.
            list = walk.recover();
            assertExit(1, list);
            CliWalk.Listed pending = walk.find(list, "PENDING", null);
            assertEquals(1, CliWalk.listed(list).size(), list.out());
            CliRun applied = walk.carryOut(pending, 1, "seed 003: deploy the fixed history");
            assertExit(0, applied);
            assertTrue(applied.out().contains("Resolved: PENDING"), applied.out());
            assertTrue(applied.out().indexOf(PROJECTS_MOVED) < applied.out().indexOf("-- 2/3 " + BATCH),
                    applied.out());
            assertExit(0, walk.status());
            assertTrue(walk.recover().out().contains("Nothing to recover: every migration is in order."));
        }
        assertEquals(List.of("0"), db.column("SELECT count(*) FROM _prisma_migrations"
                + " WHERE finished_at IS NULL AND rolled_back_at IS NULL"), "no failed migration: no P3009");
        for (String name : List.of(PrismaSeed003.INIT, PROJECTS_MOVED, BATCH, ERRORS)) {
            String checksum = PrismaEngineRows.checksum(Files.readString(
                    migrations.resolve(name).resolve("migration.sql")));
            assertEquals(List.of(checksum), db.column("SELECT checksum FROM _prisma_migrations WHERE migration_name = '"
                    + name + "' AND finished_at IS NOT NULL AND rolled_back_at IS NULL"), name);
            // Prisma's migrate dev compares the file with the first row of its name: it must match too.
            assertEquals(checksum, db.column("SELECT checksum FROM _prisma_migrations WHERE migration_name = '"
                    + name + "' ORDER BY started_at LIMIT 1").get(0), name);
        }
        assertTrue(db.tableExists("batch_jobs"));
        assertFalse(db.column("SELECT conname FROM pg_constraint WHERE conname = 'batch_jobs_project_id_fkey'")
                .isEmpty());
    }
}
