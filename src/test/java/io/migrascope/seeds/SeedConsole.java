package io.migrascope.seeds;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.ImportedProfile;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.db.profile.ProfileImport;
import io.migrascope.core.db.profile.ProfileStore;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.app.ConsoleFixtures;
import io.migrascope.ui.app.MainWindow;
import io.migrascope.ui.app.UiMemory;
import io.migrascope.ui.panels.DefaultConsolePanels;
import io.migrascope.ui.profile.SessionPasswords;
import io.migrascope.ui.task.FxTaskRunner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real console (MainWindow with the default panels, a real task runner) on a seed's database,
 * driven as support staff would: open the profile, press Recover… on a finding, walk the recovery
 * window's steps. Screenshots go to {@code target/screenshots/walkthrough-<seed>-<step>.png}, or with
 * {@code -Dmigrascope.writeDocs=true} to {@code docs/images/} for docs/recovery-walkthroughs.md.
 */
final class SeedConsole {
    static final Path IMAGES = Boolean.getBoolean("migrascope.writeDocs") ? Path.of("docs", "images")
            : Path.of("target", "screenshots");
    final Stage stage;
    final MainWindow window;
    private final SessionPasswords passwords = new SessionPasswords();
    private final FxTaskRunner runner = new FxTaskRunner();

    SeedConsole(Stage stage, Path config, Path journal) {
        System.setProperty("migrascope.config", config.toString());
        this.stage = stage;
        this.window = new MainWindow(stage, new MainWindow.Services(runner, new ProfileStore(config), passwords,
                UiMemory.inMemory(), new Journal(journal), Map.of()), DefaultConsolePanels::new);
        window.show();
    }

    /** Saves a dev profile for the database and folder, which opens it; waits for its rows. */
    void open(FxRobot robot, TestDatabase db, Path folder, String name) {
        Profile profile = ConsoleFixtures.profile(db, folder, Environment.DEV).withName(name);
        ImportedProfile imported = ProfileImport.fromUrl(db.url());
        if (imported.hasPassword()) {
            passwords.remember(profile, imported.password());
        }
        robot.interact(() -> window.profiles().save(null, profile, () -> { }));
        until(() -> window.session() != null && window.session().profile().equals(profile)
                && !window.table().allRows().isEmpty() && window.session().report().get() != null,
                () -> "the profile opens: " + window.model().statusProperty().get());
    }

    Report report() {
        return fx(() -> window.session().report().get());
    }

    long count(MigrationState state) {
        return fx(() -> window.table().allRows().stream().filter(r -> r.state() == state).count());
    }

    /** Presses Recover… on the finding's card and waits for the recovery window's first page. */
    Stage recover(FxRobot robot, FindingCode code, String version) {
        Node cell = robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.getItem() instanceof Finding f
                && f.code() == code && (version == null || f.versions().get(0).text().equals(version))).query();
        robot.clickOn(robot.from(cell).lookup("#finding-recover").queryButton());
        String title = "Recovery — " + code;
        until(() -> recoveryStage(title) != null && robot.from(recoveryStage(title).getScene().getRoot())
                .lookup("#recovery-what-happened").tryQuery().isPresent(), () -> "the recovery of " + code + " opens");
        return fx(() -> recoveryStage(title));
    }

    private static Stage recoveryStage(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && title.equals(s.getTitle()))
                .map(w -> (Stage) w).findFirst().orElse(null);
    }

    static Node in(FxRobot robot, Stage stage, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query).query();
    }

    static String label(FxRobot robot, Stage stage, String query) {
        return fx(() -> ((javafx.scene.control.Labeled) in(robot, stage, query)).getText());
    }

    /** Every label's text under the node found by {@code query}, one per line. */
    static String texts(FxRobot robot, Stage stage, String query) {
        return fx(() -> {
            StringBuilder sb = new StringBuilder();
            for (Node n : robot.from(stage.getScene().getRoot()).lookup(query).queryAll()) {
                robot.from(n).lookup(".label").queryAll().forEach(l -> sb.append(((Label) l).getText()).append('\n'));
                robot.from(n).lookup(".radio-button").queryAll().forEach(l ->
                        sb.append(((javafx.scene.control.Labeled) l).getText()).append('\n'));
            }
            return sb.toString();
        });
    }

    static String text(FxRobot robot, Stage stage, String query) {
        return fx(() -> {
            Node n = in(robot, stage, query);
            if (n instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?> area) {
                return area.getText();
            }
            return ((TextInputControl) n).getText();
        });
    }

    /** Next, then waits until the step list shows {@code step} as current. */
    static void next(FxRobot robot, Stage stage, String step) {
        robot.clickOn(in(robot, stage, "#recovery-next"));
        until(() -> label(robot, stage, "#recovery-step-current").equals(step), () -> "step " + step + " shows, not "
                + label(robot, stage, "#recovery-step-current"));
    }

    /** In the preview step: types the reason (kept in the journal). */
    static void reason(FxRobot robot, Stage stage, String reason) {
        toTheEnd(robot, stage);
        robot.clickOn(in(robot, stage, "#action-reason")).write(reason);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** In the preview step: types the reason, presses Run, waits for the verification. */
    static void run(FxRobot robot, Stage stage, String reason) {
        reason(robot, stage, reason);
        run(robot, stage);
    }

    /** Presses Run (the reason typed), waits for the verification. */
    static void run(FxRobot robot, Stage stage) {
        toTheEnd(robot, stage);
        robot.clickOn(in(robot, stage, "#action-run"));
        until(() -> robot.from(stage.getScene().getRoot()).lookup("#recovery-result").tryQuery().isPresent(),
                () -> "the verification shows; step " + label(robot, stage, "#recovery-step-current") + ", "
                        + texts(robot, stage, ".recovery-page"));
    }

    /**
     * Scrolls the recovery page to its end, where the reason and Run are, as a user would when a long
     * title and preview push them below the window's edge (a click must land on what is shown).
     */
    static void toTheEnd(FxRobot robot, Stage stage) {
        robot.from(stage.getScene().getRoot()).lookup(".recovery-content").tryQuery().ifPresent(n ->
                robot.interact(() -> ((javafx.scene.control.ScrollPane) n).setVvalue(1.0)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void close(FxRobot robot, Stage stage) {
        robot.clickOn(in(robot, stage, "#recovery-close"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the report in the window has no finding with this code. */
    void untilGone(FindingCode code) {
        until(() -> window.session().report().get().findings().stream().noneMatch(f -> f.code() == code),
                () -> code + " leaves the findings: " + window.session().report().get().findings());
    }

    /** A PNG of the window's root as the user sees it, as walkthrough-<seed>-<step>.png in {@link #IMAGES}. */
    static Path shot(FxRobot robot, Stage stage, String seed, String step) {
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = fx(() -> stage.getScene().getRoot());
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            image[0] = root.snapshot(null, null);
        });
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(IMAGES);
            Path file = IMAGES.resolve("walkthrough-" + seed + "-" + step + ".png");
            assertTrue(ImageIO.write(out, "png", file.toFile()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void until(Callable<Boolean> condition, Supplier<String> what) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            String described;
            try {
                described = WaitForAsyncUtils.asyncFx(what::get).get();
            } catch (Exception inner) {
                described = String.valueOf(what);
            }
            throw new AssertionError("timed out waiting until " + described, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads on the FX thread (directly when already on it). */
    static <T> T fx(Callable<T> read) {
        try {
            if (javafx.application.Platform.isFxApplicationThread()) {
                return read.call();
            }
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void close(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().close());
        FxToolkit.cleanupStages();
        runner.close();
    }
}
