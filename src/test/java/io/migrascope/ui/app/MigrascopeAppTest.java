package io.migrascope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The application as the launcher starts it: settings read at init, window shown, layout saved at stop. */
class MigrascopeAppTest {
    @TempDir
    Path config;

    @AfterEach
    void clearProperty() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void itStartsWithItsWindowAndWritesTheLayoutWhenItStops() throws Exception {
        System.setProperty("migrascope.config", config.toString());
        Stage primary = FxToolkit.registerPrimaryStage();
        // The demo's embedded server has no part in this test, and would outlive it.
        Application app = FxToolkit.setupApplication(MigrascopeApp.class, "--no-demo");
        WindowHarness.until(primary::isShowing, "the window shows");
        assertEquals("Migrascope", primary.getTitle());
        assertTrue(Window.getWindows().contains(primary));
        assertTrue(primary.getScene().getStylesheets().get(0).endsWith("io/migrascope/ui/theme/migrascope.css"));

        FxToolkit.cleanupApplication(app);
        Path state = config.resolve(UiMemory.FILE_NAME);
        assertTrue(Files.exists(state), "stop writes ui-state.json");
        assertTrue(Files.readString(state).contains("\"migrations\""), "with the table's columns");
    }
}
