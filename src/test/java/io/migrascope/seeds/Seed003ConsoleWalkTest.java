package io.migrascope.seeds;

import static io.migrascope.seeds.PrismaSeed003.BATCH;
import static io.migrascope.seeds.PrismaSeed003.ERRORS;
import static io.migrascope.seeds.PrismaSeed003.PROJECTS;
import static io.migrascope.seeds.PrismaSeed003.PROJECTS_MOVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationState;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Seed 003 in the console, on the rows Prisma's engine writes: the failed batch migration rolled
 * back, the second {@code CREATE TABLE dead_letter_queue} removed from the file that never ran, the
 * project models moved before the migration that needs them, the rest applied — every step from a
 * finding's Recover…, in the real main window on a real database. Screenshots for
 * docs/recovery-walkthroughs.md on the way.
 */
@ExtendWith({ApplicationExtension.class, PostgresExtension.class})
class Seed003ConsoleWalkTest {
    @TempDir
    Path config;
    @TempDir
    Path project;
    private SeedConsole console;

    @Start
    void start(Stage stage) {
        console = new SeedConsole(stage, config, config.resolve("journal.jsonl"));
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        console.close(robot);
    }

    @Test
    void theHistoryIsRepairedFromTheGuidedRecoveryToClean(FxRobot robot, TestDatabase db) throws Exception {
        PrismaSeed003.files(project);
        PrismaSeed003.broken(db);
        Path migrations = project.resolve("prisma").resolve("migrations");
        console.open(robot, db, project, "seed 003 (production copy)");
        assertEquals(1, console.count(MigrationState.FAILED));
        assertEquals(List.of(FindingCode.FAILED_MIGRATION, FindingCode.PARTIALLY_APPLIED, FindingCode.CREATED_TWICE,
                FindingCode.DEPENDS_ON_LATER_FILE, FindingCode.PENDING),
                console.report().findings().stream().map(f -> f.code()).toList());
        SeedConsole.shot(robot, console.stage, "003", "2-console");

        // 1. The failed batch migration left nothing behind: roll it back.
        Stage failed = console.recover(robot, FindingCode.FAILED_MIGRATION, BATCH);
        assertTrue(SeedConsole.label(robot, failed, "#recovery-what-happened").endsWith("None of its objects exist, so"
                + " it changed nothing that stayed."));
        walkToPreview(robot, failed);
        assertTrue(SeedConsole.text(robot, failed, "#action-preview").contains("SET rolled_back_at = now()"),
                SeedConsole.text(robot, failed, "#action-preview"));
        SeedConsole.run(robot, failed, "seed 003: the batch migration left nothing behind");
        assertEquals("Resolved", SeedConsole.label(robot, failed, "#recovery-result"));
        SeedConsole.close(robot, failed);
        console.untilGone(FindingCode.FAILED_MIGRATION);

        // 2. Created twice: the file that never ran stops creating dead_letter_queue (the seed's fixed file).
        Stage twice = console.recover(robot, FindingCode.CREATED_TWICE, ERRORS);
        assertTrue(SeedConsole.label(robot, twice, "#recovery-what-happened").contains("creates table"
                + " dead_letter_queue, which " + PrismaSeed003.INIT + "/migration.sql already creates."));
        SeedConsole.next(robot, twice, "2  Evidence");
        SeedConsole.next(robot, twice, "3  Options");
        RadioButton remove = (RadioButton) SeedConsole.in(robot, twice, "#recovery-option-0");
        assertTrue(SeedConsole.fx(remove::isSelected), "the recommended option is chosen for you");
        assertTrue(SeedConsole.fx(remove::getText).startsWith("Remove the second CREATE TABLE dead_letter_queue"),
                SeedConsole.fx(remove::getText));
        assertFalse(SeedConsole.fx(remove::isMnemonicParsing), "the underscores of dead_letter_queue are shown");
        SeedConsole.shot(robot, twice, "003", "3-created-twice-options");
        SeedConsole.next(robot, twice, "4  Preview");
        String diff = SeedConsole.text(robot, twice, "#action-preview");
        assertTrue(diff.contains("-CREATE TABLE \"dead_letter_queue\" ("), diff);
        assertFalse(diff.contains("-CREATE TABLE \"error_logs\""), diff);
        SeedConsole.reason(robot, twice, "seed 003: error handling must not create dead_letter_queue again");
        SeedConsole.shot(robot, twice, "003", "4-created-twice-preview");
        SeedConsole.run(robot, twice);
        assertEquals("Resolved", SeedConsole.label(robot, twice, "#recovery-result"));
        SeedConsole.close(robot, twice);
        console.untilGone(FindingCode.CREATED_TWICE);
        assertEquals(PrismaSeed003.ERROR_LOGS, Files.readString(migrations.resolve(ERRORS).resolve("migration.sql")));
        // It also settles the partly-run reading of that file, whose only present object was init's table.
        console.untilGone(FindingCode.PARTIALLY_APPLIED);

        // 3. Depends on a later file: the project models, never run, move just before the batch migration.
        Stage later = console.recover(robot, FindingCode.DEPENDS_ON_LATER_FILE, BATCH);
        walkToPreview(robot, later);
        String move = SeedConsole.text(robot, later, "#action-preview");
        assertTrue(move.contains("mv " + migrations.resolve(PROJECTS) + " " + migrations.resolve(PROJECTS_MOVED)), move);
        SeedConsole.reason(robot, later, "seed 003: the project models never ran; they go first");
        SeedConsole.shot(robot, later, "003", "5-depends-preview");
        SeedConsole.run(robot, later);
        assertEquals("Resolved", SeedConsole.label(robot, later, "#recovery-result"));
        SeedConsole.close(robot, later);
        console.untilGone(FindingCode.DEPENDS_ON_LATER_FILE);
        assertTrue(Files.isRegularFile(migrations.resolve(PROJECTS_MOVED).resolve("migration.sql")));

        // 4. Apply the rest, in order: the project models first.
        Stage apply = console.recover(robot, FindingCode.PENDING, null);
        walkToPreview(robot, apply);
        String preview = SeedConsole.text(robot, apply, "#action-preview");
        assertTrue(preview.indexOf(PROJECTS_MOVED) < preview.indexOf("-- 2/3 " + BATCH), preview);
        SeedConsole.run(robot, apply, "seed 003: deploy the fixed history");
        assertEquals("Resolved", SeedConsole.label(robot, apply, "#recovery-result"));
        SeedConsole.close(robot, apply);

        console.untilGone(FindingCode.PENDING);
        assertEquals(4, console.count(MigrationState.APPLIED));
        assertEquals(List.of(), console.report().findings());
        assertEquals(0, console.report().exitCode());
        SeedConsole.shot(robot, console.stage, "003", "6-clean");
        assertEquals(List.of("0"), db.column("SELECT count(*) FROM _prisma_migrations"
                + " WHERE finished_at IS NULL AND rolled_back_at IS NULL"), "no failed migration: no P3009");
    }

    private static void walkToPreview(FxRobot robot, Stage recovery) {
        SeedConsole.next(robot, recovery, "2  Evidence");
        SeedConsole.next(robot, recovery, "3  Options");
        SeedConsole.next(robot, recovery, "4  Preview");
    }
}
