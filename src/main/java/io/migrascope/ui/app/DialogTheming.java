package io.migrascope.ui.app;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Gives every dialog the main window opens (alerts, the profile editor, the password prompt) the
 * window's stylesheet and theme, so a dark console does not flash white dialogs. Done once here
 * rather than in each dialog.
 */
final class DialogTheming {
    private DialogTheming() {
    }

    static void install(Window main, String stylesheet, ObservableBooleanValue dark) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    // Stages only: popups (menus, tooltips) take their colours from the node that owns them.
                    if (w instanceof javafx.stage.Stage && ownedBy(w, main) && w.getScene() != null) {
                        style(w.getScene(), stylesheet, dark.get());
                    }
                }
            }
        });
    }

    private static boolean ownedBy(Window w, Window main) {
        for (Window o = owner(w); o != null; o = owner(o)) {
            if (o == main) {
                return true;
            }
        }
        return false;
    }

    private static Window owner(Window w) {
        if (w instanceof javafx.stage.Stage s) {
            return s.getOwner();
        }
        return w instanceof javafx.stage.PopupWindow p ? p.getOwnerWindow() : null;
    }

    private static void style(Scene scene, String stylesheet, boolean dark) {
        if (!scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().add(stylesheet);
        }
        scene.getRoot().getStyleClass().remove("theme-dark");
        if (dark) {
            scene.getRoot().getStyleClass().add("theme-dark");
        }
    }
}
