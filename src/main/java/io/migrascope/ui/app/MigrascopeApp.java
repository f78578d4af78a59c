package io.migrascope.ui.app;

import io.migrascope.core.db.profile.ConfigDirectory;
import io.migrascope.core.db.profile.ProfileStore;
import io.migrascope.core.journal.Journal;
import io.migrascope.demo.DemoWorkspace;
import io.migrascope.ui.ConsoleContext;
import io.migrascope.ui.ConsolePanels;
import io.migrascope.ui.panels.DefaultConsolePanels;
import io.migrascope.ui.profile.SessionPasswords;
import io.migrascope.ui.task.FxTaskRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application. Settings are read in {@link #init()}, which runs on the launcher thread,
 * so the FX thread never waits for the disk at start; they are written back when the window closes.
 * The jar starts through {@code io.migrascope.Launcher}, which calls {@code Application.launch}.
 */
public final class MigrascopeApp extends Application {
    private UiMemory memory;
    private ProfileStore profiles;
    private byte[] icon;
    private final SessionPasswords passwords = new SessionPasswords();
    private FxTaskRunner tasks;
    private MainWindow window;
    private DemoSession demo;
    private boolean noStoredProfiles;

    /** The panels around the table: SQL pane, guarded-action dialog, journal, guided recovery. */
    static Function<ConsoleContext, ConsolePanels> panels() {
        return DefaultConsolePanels::new;
    }

    @Override
    public void init() {
        Path config = ConfigDirectory.resolve();
        memory = UiMemory.load(config);
        profiles = new ProfileStore(config);
        noStoredProfiles = hasNoProfiles(profiles);
        icon = readIcon();
    }

    @Override
    public void start(Stage stage) {
        tasks = new FxTaskRunner();
        window = new MainWindow(stage, new MainWindow.Services(tasks, profiles, passwords, memory, Journal.standard(),
                System.getenv()), panels());
        if (icon != null) {
            stage.getIcons().add(new Image(new java.io.ByteArrayInputStream(icon)));
        }
        window.show();
        if (DemoSession.wanted(getParameters().getRaw(), System.getenv(), noStoredProfiles)) {
            demo = new DemoSession(tasks, DemoWorkspace.defaultDataDirectory());
            window.startDemo(demo);
        }
    }

    @Override
    public void stop() throws IOException {
        try {
            if (window != null) {
                window.rememberLayout();
                // The window is gone: writing this small file now delays nothing the user sees.
                memory.save();
            }
        } finally {
            if (window != null) {
                // Closes the open profile's pool, so its backends end now rather than when the server notices.
                window.model().close();
                PoolCloser.drain(java.time.Duration.ofSeconds(3));
            }
            passwords.clear();
            if (demo != null) {
                demo.close();
            }
            if (tasks != null) {
                tasks.close();
            }
        }
    }

    /** Read here, on the launcher thread, so the FX thread never waits for the disk. */
    private static boolean hasNoProfiles(ProfileStore store) {
        try {
            return store.load().profiles().isEmpty();
        } catch (IOException e) {
            // The profile list reports the problem itself; the demo is no answer to a broken store.
            return false;
        }
    }

    /** {@code assets/icon.png} (or {@code assets/migrascope.png}) beside the working directory, or on the class path. */
    private static byte[] readIcon() {
        for (String name : new String[] {"assets/icon.png", "assets/migrascope.png"}) {
            Path p = Path.of(name);
            try {
                if (Files.isRegularFile(p)) {
                    return Files.readAllBytes(p);
                }
            } catch (IOException ignored) {
                // No icon is no reason not to start.
            }
            // The packaged app runs outside the project folder: its copy travels on the class path.
            try (InputStream in = MigrascopeApp.class.getResourceAsStream("/io/migrascope/ui/icons/" + p.getFileName())) {
                if (in != null) {
                    return in.readAllBytes();
                }
            } catch (IOException ignored) {
                // As above.
            }
        }
        return null;
    }

    public static void main(String[] args) {
        launch(MigrascopeApp.class, args);
    }
}
