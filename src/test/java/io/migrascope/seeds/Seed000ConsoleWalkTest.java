package io.migrascope.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationState;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Seed 000 in the console: the duplicate 006 as the console shows it, and the 23505 of a file that
 * records itself, answered in the apply's own question (the console's --accept-already-tracked).
 */
@ExtendWith({ApplicationExtension.class, PostgresExtension.class})
class Seed000ConsoleWalkTest {
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
    void theDuplicateShowsWithBothFiles(FxRobot robot, TestDatabase db) throws Exception {
        SupabaseSeed000.pushedUntilTheDuplicate(db, project);
        console.open(robot, db, project, "seed 000 (production copy)");
        assertEquals(1, console.count(MigrationState.DUPLICATE));
        SeedConsole.shot(robot, console.stage, "000", "1-console");
    }

    @Test
    void aFileThatRecordsItselfIsKeptWhenTheQuestionIsAnsweredYes(FxRobot robot, TestDatabase db) throws Exception {
        SupabaseSeed000.files(project);
        Path migrations = SupabaseSeed000.migrations(project);
        Files.delete(migrations.resolve(SupabaseSeed000.PAYOUTS));
        Path reviews = migrations.resolve("007_reviews.sql");
        Files.writeString(reviews, Files.readString(reviews) + "\ninsert into supabase_migrations.schema_migrations"
                + " (version, name) values ('007', 'reviews');\n");
        console.open(robot, db, project, "seed 000 (self-recording file)");

        Stage apply = console.recover(robot, FindingCode.PENDING, null);
        SeedConsole.next(robot, apply, "2  Evidence");
        SeedConsole.next(robot, apply, "3  Options");
        SeedConsole.next(robot, apply, "4  Preview");
        SeedConsole.reason(robot, apply, "seed 000: push");
        javafx.scene.control.Button run = (javafx.scene.control.Button) SeedConsole.in(robot, apply, "#action-run");
        robot.interact(run::fire);
        SeedConsole.until(() -> SeedConsole.in(robot, apply, "#action-question").isVisible(),
                () -> "the already-tracked question shows: hint " + SeedConsole.label(robot, apply, "#action-hint")
                        + " / run disabled " + SeedConsole.in(robot, apply, "#action-run").isDisabled()
                        + " / progress " + SeedConsole.label(robot, apply, "#action-progress-text")
                        + " / failure: " + SeedConsole.text(robot, apply, "#action-failure"));
        String question = SeedConsole.texts(robot, apply, "#action-question");
        assertTrue(question.contains("007_reviews.sql ran, but its tracking row already exists when the tool records"
                + " it (SQLSTATE 23505"), question);
        // The question is at the foot of the preview page: scroll down to it, as the user would.
        javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) SeedConsole.in(robot, apply,
                ".recovery-content");
        robot.interact(() -> page.setVvalue(page.getVmax()));
        SeedConsole.shot(robot, apply, "000", "2-question-23505");
        javafx.scene.control.Button yes = (javafx.scene.control.Button) SeedConsole.in(robot, apply,
                "#already-tracked-yes");
        robot.interact(yes::fire);
        SeedConsole.until(() -> robot.from(apply.getScene().getRoot()).lookup("#recovery-result").tryQuery()
                .isPresent(), () -> "the verification shows");
        assertEquals("Resolved", SeedConsole.label(robot, apply, "#recovery-result"));
        SeedConsole.shot(robot, apply, "000", "3-verify");
        SeedConsole.close(robot, apply);
        console.untilGone(FindingCode.PENDING);
        assertEquals(3, console.count(MigrationState.APPLIED));
        assertEquals(List.of(), console.report().findings());
        assertTrue(db.tableExists("public.reviews"));
    }
}
