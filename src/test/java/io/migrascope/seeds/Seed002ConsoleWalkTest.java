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
import java.util.Map;
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
 * Seed 002 in the console: the three duplicate versions renumbered from the guided recovery, then the
 * renumbered files applied, in the real main window on a real database; the screenshots of
 * docs/recovery-walkthroughs.md are taken on the way.
 */
@ExtendWith({ApplicationExtension.class, PostgresExtension.class})
class Seed002ConsoleWalkTest {
    @TempDir
    Path config;
    @TempDir
    Path dir;
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
    void theDuplicatesAreRenumberedAndAppliedFromTheGuidedRecovery(FxRobot robot, TestDatabase db) throws Exception {
        SeedFolders.seed002(db, dir);
        console.open(robot, db, dir, "seed 002");
        assertEquals(3, console.count(MigrationState.DUPLICATE));
        SeedConsole.shot(robot, console.stage, "002", "1-console");

        Map<String, String> renumbered = Map.of("003", "011_add_unread_tracking.sql",
                "005", "012_enhance_chat_for_phase1.sql", "006", "013_group_conversations.sql");
        for (String version : List.of("003", "005", "006")) {
            boolean pictured = version.equals("003");
            Stage recovery = console.recover(robot, FindingCode.DUPLICATE_VERSION, version);
            assertEquals("1  What happened", SeedConsole.label(robot, recovery, "#recovery-step-current"));
            assertTrue(SeedConsole.label(robot, recovery, "#recovery-what-happened").startsWith("Two or more files claim"
                    + " version " + version + "."));
            if (pictured) {
                SeedConsole.shot(robot, recovery, "002", "2-what-happened");
            }
            SeedConsole.next(robot, recovery, "2  Evidence");
            String evidence = SeedConsole.texts(robot, recovery, "#recovery-evidence");
            assertTrue(evidence.contains("(its name is the one tracked)"), evidence);
            assertTrue(evidence.contains(version + " is DUPLICATE"), evidence);
            if (pictured) {
                SeedConsole.shot(robot, recovery, "002", "3-evidence");
            }
            SeedConsole.next(robot, recovery, "3  Options");
            RadioButton renumber = (RadioButton) SeedConsole.in(robot, recovery, "#recovery-option-0");
            assertTrue(SeedConsole.fx(renumber::isSelected), "the recommended option is chosen for you");
            assertTrue(SeedConsole.texts(robot, recovery, ".recovery-option").contains("Recommended by the evidence"));
            if (pictured) {
                SeedConsole.shot(robot, recovery, "002", "4-options");
            }
            SeedConsole.next(robot, recovery, "4  Preview");
            assertTrue(SeedConsole.text(robot, recovery, "#action-preview").contains(renumbered.get(version)),
                    SeedConsole.text(robot, recovery, "#action-preview"));
            SeedConsole.reason(robot, recovery, "seed 002: renumber the newer " + version);
            if (pictured) {
                SeedConsole.shot(robot, recovery, "002", "5-preview");
            }
            SeedConsole.run(robot, recovery);
            assertEquals("Resolved", SeedConsole.label(robot, recovery, "#recovery-result"));
            assertEquals("5  Verify", SeedConsole.label(robot, recovery, "#recovery-step-current"));
            if (pictured) {
                SeedConsole.shot(robot, recovery, "002", "6-verify");
            }
            SeedConsole.close(robot, recovery);
            assertTrue(Files.exists(dir.resolve(renumbered.get(version))), renumbered.get(version));
        }
        console.untilGone(FindingCode.DUPLICATE_VERSION);
        assertEquals(3, console.count(MigrationState.PENDING));
        SeedConsole.shot(robot, console.stage, "002", "7-renumbered");

        Stage apply = console.recover(robot, FindingCode.PENDING, null);
        SeedConsole.next(robot, apply, "2  Evidence");
        SeedConsole.next(robot, apply, "3  Options");
        SeedConsole.next(robot, apply, "4  Preview");
        String preview = SeedConsole.text(robot, apply, "#action-preview");
        assertTrue(preview.contains("011_add_unread_tracking.sql") && preview.contains("013_group_conversations.sql"),
                preview);
        SeedConsole.run(robot, apply, "seed 002: apply the renumbered files");
        assertEquals("Resolved", SeedConsole.label(robot, apply, "#recovery-result"));
        String verification = SeedConsole.texts(robot, apply, "#recovery-verification");
        assertTrue(verification.contains("011: APPLIED") && verification.contains("013: APPLIED"), verification);
        SeedConsole.shot(robot, apply, "002", "8-applied");
        SeedConsole.close(robot, apply);

        console.untilGone(FindingCode.PENDING);
        assertEquals(13, console.count(MigrationState.APPLIED));
        assertEquals(List.of(), console.report().findings());
        assertEquals(0, console.report().exitCode());
        SeedConsole.shot(robot, console.stage, "002", "9-clean");
    }
}
