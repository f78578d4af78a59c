package io.migrascope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.ActionKind;
import io.migrascope.ui.task.SynchronousTaskRunner;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A disabled action still says why: on hover over the toolbar button, and in the context menu's text. */
@ExtendWith(ApplicationExtension.class)
class ActionToolbarTest {
    private final GuardedActions actions = new GuardedActions(new SynchronousTaskRunner());
    private ContextMenu menu;

    @Start
    void start(Stage stage) {
        ActionToolbar toolbar = new ActionToolbar(actions, kind -> { }, () -> { }, () -> { }, () -> { });
        menu = toolbar.contextMenu();
        stage.setScene(new Scene(new BorderPane(null, toolbar.toolBar(), null, null, null), 1200, 300));
        stage.show();
    }

    @Test
    void hoveringADisabledButtonShowsWhyItIsDisabled(FxRobot robot) {
        Button markApplied = robot.lookup("#action-mark-applied").queryAs(Button.class);
        assertTrue(markApplied.isDisabled(), "no profile is open");
        robot.moveTo(markApplied);
        WindowHarness.until(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Tooltip t && t.isShowing()
                && t.getText().equals("Open a profile first")), "the reason shows as a tooltip over the disabled button");
    }

    @Test
    void aDisabledMenuItemCarriesItsReasonInItsText() {
        MenuItem item = menu.getItems().stream().filter(i -> ("menu-" + ActionKind.MARK_APPLIED.command()).equals(i.getId()))
                .findFirst().orElseThrow();
        assertTrue(item.isDisable());
        assertEquals("Mark applied — Open a profile first", item.getText());
        assertFalse(item.isMnemonicParsing(), "a reason may hold an underscore, as in mark_applied");
    }
}
