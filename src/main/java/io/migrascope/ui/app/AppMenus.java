package io.migrascope.ui.app;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

/** The menu bar: profiles, the view (refresh, filter, theme), the guarded actions, help. */
final class AppMenus {
    private AppMenus() {
    }

    /** What the menus do; the window supplies each. */
    record Commands(Runnable newProfile, Runnable importProfile, Runnable exportReport, Runnable quit, Runnable refresh,
                    Runnable filter, BooleanProperty darkTheme, javafx.scene.control.ContextMenu actions,
                    Runnable compare) {
    }

    static MenuBar build(Commands c, java.util.function.Supplier<Window> owner) {
        MenuItem newProfile = item("New profile…", c.newProfile());
        MenuItem importProfile = item("Import profile…", c.importProfile());
        MenuItem export = item("Export evidence report…", c.exportReport());
        export.setId("menu-export-report");
        MenuItem quit = item("Quit", c.quit());
        Menu file = new Menu("File", null, newProfile, importProfile, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);

        MenuItem refresh = item("Refresh  (F5)", c.refresh());
        MenuItem filter = item("Filter the table  (Ctrl+F)", c.filter());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark-theme");
        dark.selectedProperty().bindBidirectional(c.darkTheme());
        MenuItem compare = item("Compare environments…", c.compare());
        compare.setId("menu-compare");
        Menu view = new Menu("View", null, refresh, filter, compare, new SeparatorMenuItem(), dark);

        Menu actions = new Menu("Actions");
        actions.getItems().addAll(c.actions().getItems());

        MenuItem about = item("About Migrascope", () -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, "Migrascope shows and repairs the migration state"
                    + " of PostgreSQL databases. Every write is previewed, confirmed, journaled and undoable.",
                    ButtonType.OK);
            alert.initOwner(owner.get());
            alert.setHeaderText("Migrascope");
            alert.show();
        });
        Menu help = new Menu("Help", null, about);
        MenuBar bar = new MenuBar(file, view, actions, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
