package io.migrascope.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.audit.compare.ComparisonRow;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.action.DialogStages;
import io.migrascope.ui.action.FxThread;
import io.migrascope.ui.panels.FxWait;
import io.migrascope.ui.task.FxTaskRunner;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The compare view driven by the robot against real databases in different states, read in the
 * background: a blocked database and an unreachable one do not hold up the others; cancel; the filter.
 */
@ExtendWith({ApplicationExtension.class, PostgresExtension.class})
class CompareViewTest {
    @TempDir
    Path dir;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private CompareView view;

    @Start
    void start(Stage stage) {
        CompareViewModel model = new CompareViewModel(tasks, FxThread.PLATFORM, profiles,
                p -> new PasswordSource(Map.of(), null), Instant::now, 4);
        view = new CompareView(model, extension -> Optional.empty());
        Scene scene = new Scene(view, 1100, 700);
        scene.getStylesheets().addAll(CompareViewTest.class.getResource(DialogStages.STYLESHEET).toExternalForm(),
                CompareWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    private String header(FxRobot robot, String database) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> view.headerText(database)).get();
    }

    @Test
    void blockedAndUnreachableDatabasesShowAsSuchWhileTheOthersLoadThenTheFilterHidesEqualRows(
            FxRobot robot, TestDatabase dev, TestDatabase staging, TestDatabase production) throws Exception {
        List<Profile> fixture = CompareFixture.threeEnvironmentsAndOneGone(dev, staging, production, dir);
        robot.interact(() -> profiles.setAll(fixture));
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() == fixture.get(0)).queryAs(javafx.scene.Node.class));
        robot.clickOn("#compare-all-sharing");
        TableView<ComparisonRow> grid = robot.lookup("#compare-grid").queryTableView();

        // A migration stuck on staging holds a lock on the tracking table: staging cannot be read meanwhile.
        try (Connection lock = staging.connect()) {
            lock.setAutoCommit(false);
            try (Statement st = lock.createStatement()) {
                st.execute("LOCK TABLE public.schema_migrations IN ACCESS EXCLUSIVE MODE");
            }
            robot.clickOn("#compare-run");
            FxWait.untilFx(() -> view.headerText("dev") != null && view.headerText("dev").startsWith("read in")
                    && view.headerText("production").startsWith("read in")
                    && view.headerText("gone").contains("cannot reach PostgreSQL"));
            String waiting = header(robot, "staging");
            assertTrue(waiting.equals("reading…") || waiting.startsWith("slow: still reading after"),
                    "staging is still waiting for its lock: " + waiting);
            assertFalse(robot.lookup("#compare-cancel").queryButton().isDisabled());
            robot.clickOn("#compare-cancel");
            FxWait.untilFx(() -> !grid.getItems().isEmpty());
            assertTrue(header(robot, "staging").startsWith("cancelled"), header(robot, "staging"));
            assertTrue(robot.lookup("#compare-message").queryAs(Label.class).getText().startsWith("Cancelled."));
            lock.rollback();
        }

        robot.clickOn("#compare-run");
        FxWait.untilFx(() -> view.headerText("staging").startsWith("read in") && !grid.getItems().isEmpty());
        assertEquals(3, grid.getItems().size());
        assertEquals(6, grid.getColumns().size(), "version, name and one column per database");
        assertTrue(robot.lookup(".compare-differs").tryQuery().isPresent(), "the differing row is highlighted");
        assertTrue(robot.lookup(".state-drifted").tryQuery().isPresent(), "staging's 003 as a DRIFTED badge");
        assertTrue(header(robot, "gone").contains("cannot reach PostgreSQL"), header(robot, "gone"));

        robot.clickOn("#compare-only-differing");
        FxWait.untilFx(() -> grid.getItems().size() == 1);
        assertEquals("003", grid.getItems().get(0).version());
        assertTrue(robot.lookup("#promote-warnings").lookup(".compare-warning").tryQuery().isPresent()
                || robot.lookup("#promote-summary").queryAs(Label.class).getText().contains("would run"),
                robot.lookup("#promote-summary").queryAs(Label.class).getText());
    }
}
