package io.migrascope.docshots;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.model.Finding;
import io.migrascope.ui.app.MigrascopeApp;
import io.migrascope.ui.migrations.RowItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshots of docs/getting-started.md, docs/user-guide.md and docs/faq.md, taken from the real
 * application: {@link MigrascopeApp} started as the launcher starts it, with an empty config
 * directory, so it opens on the demo workspace (an embedded PostgreSQL in a temporary data
 * directory), and driven by clicks and keys like a user. Each step writes {@code docs/images/guide-*.png}
 * (and the demo's picture of seed 003 for docs/recovery-walkthroughs.md).
 *
 * <p>Skipped unless asked for, because it rebuilds the demo and rewrites files under docs/:
 * <pre>mvn -B test -Dtest='io.migrascope.docshots.**' -Dmigrascope.docshots=true</pre>
 * The steps run in order and build on each other (the repair of step 5 is what the journal of step 6 shows).
 */
@Tag("docs")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuideScreenshots {
    static final String FLAG = "migrascope.docshots";
    private static final Path IMAGES = Path.of("docs", "images");
    private static final long WAIT_SECONDS = 120;

    private final FxRobot robot = new FxRobot();
    private final String[] saved = new String[2];
    private Path scratch;
    private Stage primary;
    private Application app;

    @BeforeAll
    void startTheApplicationOnTheDemo() throws Exception {
        assumeTrue(Boolean.getBoolean(FLAG), "the guide's screenshots are taken only with -D" + FLAG + "=true");
        scratch = Files.createTempDirectory("migrascope-docshots");
        saved[0] = System.getProperty("migrascope.home");
        saved[1] = System.getProperty("migrascope.config");
        // A first start: no profiles, no window layout, no journal, a demo built from scratch.
        System.setProperty("migrascope.home", scratch.resolve("home").toString());
        System.setProperty("migrascope.config", scratch.resolve("config").toString());
        primary = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(MigrascopeApp.class);
        until(() -> profiles().getItems().size() >= 5 && !table().getItems().isEmpty(),
                () -> "the demo opens: " + text("#status-message"));
        idle();
    }

    @AfterAll
    void stopTheApplication() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        restore("migrascope.home", saved[0]);
        restore("migrascope.config", saved[1]);
        if (scratch != null) {
            deleteQuietly(scratch);
        }
    }

    @Test
    @Order(1)
    void theMainWindowOnTheDemo() throws Exception {
        open("native");
        clickRow("003");
        until(() -> text("#sql-pane-heading").contains("claimed by 2 files"), "the SQL pane shows both files of 003");
        shoot(primary, "main-window");
    }

    @Test
    @Order(2)
    void theTableFilteredByAState() throws Exception {
        open("native");
        robot.clickOn("#count-duplicate");
        until(() -> table().getItems().size() == 3, "only the three DUPLICATE rows are shown");
        shoot(primary, "filter-state");
        robot.clickOn("#clear-filters");
        until(() -> !robot.lookup("#count-duplicate").queryAs(ToggleButton.class).isSelected(), "the filter is off");
    }

    @Test
    @Order(3)
    void aFindingSelectsItsRows() throws Exception {
        open("prisma");
        Label code = clickFinding("PARTIALLY_APPLIED");
        until(() -> table().getSelectionModel().getSelectedItems().size() == 1
                && table().getSelectionModel().getSelectedItem().version().text().startsWith("20241030170000"),
                () -> "the finding's migration is selected: " + table().getSelectionModel().getSelectedItems().stream()
                        .map(r -> r.version().text()).toList());
        Node evidence = code.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.control.Hyperlink).findFirst().orElseThrow();
        robot.clickOn(evidence);
        until(() -> ((javafx.scene.control.Hyperlink) evidence).getText().startsWith("Hide evidence"), "the evidence shows");
        // The selection in the table's focused colour, as after a click there.
        robot.interact(() -> table().requestFocus());
        idle();
        shoot(primary, "finding-rows");
    }

    @Test
    @Order(4)
    void theSqlPaneComparesADriftedFileWithWhatWasApplied() throws Exception {
        open("supabase");
        clickRow("20241112090000");
        until(() -> robot.lookup("#diff-verdict").tryQuery().isPresent(), "the drift comparison shows");
        SplitPane work = workSplit();
        double[] before = work.getDividerPositions();
        robot.interact(() -> work.setDividerPositions(0.36));
        idle();
        scrollToSelection();
        shoot(primary, "sql-drift");
        robot.interact(() -> work.setDividerPositions(before));
    }

    @Test
    @Order(5)
    void aRepairPreviewedConfirmedAndDone() throws Exception {
        open("native");
        clickRow("004");
        until(() -> robot.lookup("#diff-verdict").tryQuery().isPresent(), "the cosmetic comparison shows");
        SplitPane work = workSplit();
        double[] before = work.getDividerPositions();
        robot.interact(() -> work.setDividerPositions(0.36));
        idle();
        scrollToSelection();
        shoot(primary, "sql-cosmetic");
        robot.interact(() -> work.setDividerPositions(before));

        Button realign = robot.lookup("#action-realign").queryAs(Button.class);
        until(() -> !realign.isDisabled(), "Realign checksum is enabled on the cosmetic row");
        robot.clickOn(realign);
        until(() -> robot.lookup("#action-preview").tryQuery().isPresent(), "the action dialog opens");
        robot.clickOn("#action-reason").write("line endings only (re-saved on Windows)");
        showTheWrites();
        idle();
        Window dialog = robot.lookup("#action-preview").query().getScene().getWindow();
        shoot(dialog, "action-dialog");

        robot.clickOn("#action-run");
        until(() -> robot.lookup("#action-result").tryQuery().isPresent(), "the repair is done");
        idle();
        shoot(dialog, "action-done");
        robot.clickOn("#action-close");
        until(() -> stateOf("004").equals("APPLIED"), "the table shows 004 applied again");
    }

    @Test
    @Order(6)
    void theJournalWithTheRepairAndItsUndo() throws Exception {
        open("native");
        robot.clickOn("#action-journal");
        until(() -> robot.lookup("#journal-table").tryQuery().isPresent()
                && !robot.lookup("#journal-table").queryAs(TableView.class).getItems().isEmpty(), "the journal lists the repair");
        TableView<?> journal = robot.lookup("#journal-table").queryAs(TableView.class);
        robot.interact(() -> journal.getSelectionModel().select(0));
        robot.interact(() -> {
            robot.lookup("#journal-removed").queryAs(TitledPane.class).setExpanded(true);
            robot.lookup("#journal-added").queryAs(TitledPane.class).setExpanded(true);
            journal.getScene().getRoot().lookupAll(".split-pane").stream().map(SplitPane.class::cast).findFirst()
                    .ifPresent(split -> split.setDividerPositions(0.22));
        });
        idle();
        Window window = journal.getScene().getWindow();
        shoot(window, "journal");

        robot.clickOn("#journal-undo");
        until(() -> robot.lookup("#action-preview").tryQuery().isPresent(), "the undo dialog opens");
        showTheWrites();
        idle();
        Window undo = robot.lookup("#action-preview").query().getScene().getWindow();
        shoot(undo, "undo-dialog");
        robot.clickOn("#action-close");
        robot.interact(() -> ((Stage) window).close());
    }

    @Test
    @Order(7)
    void theGuidedRecovery() throws Exception {
        open("prisma");
        clickFinding("PARTIALLY_APPLIED");
        robot.clickOn("#action-recover");
        until(() -> robot.lookup("#recovery-what-happened").tryQuery().isPresent(), "the recovery guide is planned");
        idle();
        Window window = robot.lookup("#recovery-title").query().getScene().getWindow();
        shoot(window, "recovery");
        robot.clickOn("#recovery-next");
        robot.clickOn("#recovery-next");
        until(() -> robot.lookup("#recovery-option-0").tryQuery().isPresent(), "the options page shows");
        idle();
        shoot(window, "recovery-options");
        robot.clickOn("#recovery-close");
    }

    @Test
    @Order(8)
    void aProductionProfileOpensReadOnlyBehindTheBanner() throws Exception {
        Profile demo = demoProfile("supabase");
        robot.clickOn("#profile-new");
        until(() -> robot.lookup("#profile-name").tryQuery().isPresent(), "the profile editor opens");
        robot.interact(() -> {
            set("#profile-name", "chat · production");
            set("#profile-host", demo.host());
            set("#profile-port", Integer.toString(demo.port()));
            set("#profile-database", demo.database());
            set("#profile-user", demo.user());
            set("#profile-folder", demo.migrationsFolder());
            set("#profile-password-env", "CHAT_PROD_PASSWORD");
            environmentBox().setValue(Environment.PRODUCTION);
        });
        until(() -> text("#profile-problems").isEmpty(), () -> "the profile can be saved: " + text("#profile-problems"));
        idle();
        shoot(robot.lookup("#profile-name").query().getScene().getWindow(), "profile-editor");
        robot.clickOn("#profile-ok");
        until(() -> robot.lookup("#production-banner").query().isVisible()
                && text("#status-database").equals(demo.database()) && !table().getItems().isEmpty(),
                () -> "the production profile opens: " + text("#status-message"));
        clickRow("20241112090000");
        until(() -> robot.lookup("#diff-verdict").tryQuery().isPresent(), "the SQL pane follows");
        assertTrue(robot.lookup("#status-read-only").query().isVisible(), "the status bar says read-only");
        assertTrue(robot.lookup("#action-realign").queryAs(Button.class).isDisabled());
        idle();
        shoot(primary, "production");
    }

    @Test
    @Order(9)
    void theDarkTheme() throws Exception {
        open("native");
        robot.clickOn("View").clickOn("Dark theme");
        until(() -> primary.getScene().getRoot().getStyleClass().contains("theme-dark"), "the dark theme is on");
        clickRow("003");
        until(() -> text("#sql-pane-heading").contains("claimed by 2 files"), "the SQL pane shows both files of 003");
        idle();
        shoot(primary, "dark-theme");
        robot.clickOn("View").clickOn("Dark theme");
        until(() -> !primary.getScene().getRoot().getStyleClass().contains("theme-dark"), "the light theme is back");
    }

    /**
     * docs/recovery-walkthroughs.md, seed 003: the demo's Prisma database retells the story, with
     * CREATED_TWICE for dead_letter_queue beside seed 001's partly-run migration.
     */
    @Test
    @Order(10)
    void theDemosPrismaDatabaseTellsSeed003() throws Exception {
        open("prisma");
        clickFinding("CREATED_TWICE");
        until(() -> table().getSelectionModel().getSelectedItems().size() == 1, "the finding's migration is selected");
        robot.interact(() -> table().requestFocus());
        idle();
        Path file = IMAGES.resolve("walkthrough-003-1-console.png");
        Png.write(robot, primary.getScene().getRoot(), file);
        assertTrue(Files.size(file) > 10_000, file + " has content");
    }

    // ---- driving the window

    @SuppressWarnings("unchecked")
    private ListView<Profile> profiles() {
        return robot.lookup("#profile-list-view").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<RowItem> table() {
        return robot.lookup("#migration-table-view").queryAs(TableView.class);
    }

    private Profile demoProfile(String sample) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> profiles().getItems().stream()
                .filter(p -> p.name().startsWith("demo · " + sample)).findFirst().orElseThrow()).get();
    }

    /** Selects a profile in the list (as a click does) and waits until its report is in the window. */
    private void open(String sample) throws Exception {
        Profile profile = demoProfile(sample);
        robot.interact(() -> profiles().getSelectionModel().select(profile));
        until(() -> text("#status-database").equals(profile.database()) && !table().getItems().isEmpty()
                && !((ListView<?>) robot.lookup("#findings-list").query()).getItems().isEmpty(),
                () -> "the profile " + profile.name() + " opens: " + text("#status-message"));
        idle();
    }

    private void clickRow(String version) {
        Node cell = robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && "version".equals(c.getTableColumn().getId()) && version.equals(c.getText())).query();
        robot.clickOn(cell);
        until(() -> table().getSelectionModel().getSelectedItems().stream().anyMatch(r -> r.version().text().equals(version)),
                "row " + version + " is selected");
        idle();
    }

    /** Clicks the code of the first finding with this code, scrolling the list to it first. */
    private Label clickFinding(String code) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<Finding> list = robot.lookup("#findings-list").queryAs(ListView.class);
        int index = WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).code().name().equals(code)) {
                    return i;
                }
            }
            return -1;
        }).get();
        assertTrue(index >= 0, code + " is among the findings");
        robot.interact(() -> list.scrollTo(index));
        idle();
        Node label = robot.lookup(".finding-code").match(n -> n instanceof Label l && l.getText().startsWith(code + " ")
                && l.isVisible()).query();
        robot.clickOn(label);
        idle();
        return (Label) label;
    }

    /** Brings the selected row into view after the table got smaller. */
    private void scrollToSelection() {
        robot.interact(() -> table().scrollTo(Math.max(0, table().getSelectionModel().getSelectedIndex() - 2)));
        idle();
    }

    /** Scrolls the action dialog's preview to its first write, past the comments and the CREATE IF NOT EXISTS. */
    private void showTheWrites() {
        org.fxmisc.richtext.CodeArea area = robot.lookup("#action-preview").queryAs(org.fxmisc.richtext.CodeArea.class);
        robot.interact(() -> {
            String[] lines = area.getText().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].matches("(?i)^(INSERT|UPDATE|DELETE)\\b.*")) {
                    area.showParagraphAtTop(Math.max(0, i - 3));
                    return;
                }
            }
        });
    }

    private String stateOf(String version) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table().getItems().stream().filter(r -> r.version().text().equals(version))
                .findFirst().map(r -> r.state().name()).orElse("")).get();
    }

    /** The split between the table (with the findings) and the SQL pane. */
    private SplitPane workSplit() {
        return robot.lookup(".split-pane").match(n -> n instanceof SplitPane s && s.getOrientation() == Orientation.VERTICAL
                && s.getItems().stream().anyMatch(i -> "sql-holder".equals(i.getId()))).queryAs(SplitPane.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Environment> environmentBox() {
        return (ComboBox<Environment>) robot.lookup(".combo-box").match(n -> n instanceof ComboBox<?> c
                && c.getItems().contains(Environment.PRODUCTION)).query();
    }

    private void set(String id, String value) {
        robot.lookup(id).queryAs(TextField.class).setText(value);
    }

    private String text(String id) {
        Optional<Node> node = robot.lookup(id).tryQuery();
        if (node.isEmpty()) {
            return "";
        }
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                String t = node.get() instanceof javafx.scene.control.Labeled l ? l.getText() : "";
                return t == null ? "" : t;
            }).get();
        } catch (Exception e) {
            return "";
        }
    }

    /** No background work left in the status bar, and the FX thread has drawn what it has. */
    private void idle() {
        until(() -> robot.lookup("#status-task").tryQuery().map(n -> n.getParent() == null || !n.getParent().isVisible())
                .orElse(true), "the background work is done");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void until(Callable<Boolean> condition, String what) {
        until(condition, () -> what);
    }

    private static void until(Callable<Boolean> condition, Supplier<String> what) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            String described;
            try {
                described = WaitForAsyncUtils.asyncFx(what::get).get();
            } catch (Exception inner) {
                described = String.valueOf(inner);
            }
            throw new AssertionError("timed out waiting until " + described, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- the pictures

    /** Writes {@code docs/images/guide-<name>.png}: the window's content as the user sees it. */
    private void shoot(Window window, String name) throws Exception {
        Parent root = window.getScene().getRoot();
        Path file = IMAGES.resolve("guide-" + name + ".png");
        Png.write(robot, root, file);
        assertTrue(Files.size(file) > 10_000, file + " has content");
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // A temporary directory; the system cleans it eventually.
        }
    }
}
