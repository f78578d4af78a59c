package io.migrascope.ui.action;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** The ControlsFX notification after an action: what was done, the journal entry, and Undo. */
final class DoneNotification {
    private DoneNotification() {
    }

    static void show(ActionModel model, Window owner, JournalLinks links) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        String id = model.journalId().get();
        Notifications n = Notifications.create()
                .title("Done")
                .text(model.doneHeadline() + (id.isEmpty() ? "" : " — journal entry " + id))
                .owner(owner)
                .hideAfter(Duration.seconds(10));
        if (!id.isEmpty()) {
            n.action(new org.controlsfx.control.action.Action("Undo", e -> links.undoEntry(id, owner)),
                    new org.controlsfx.control.action.Action("Journal", e -> links.showEntry(id, owner)));
        }
        n.showInformation();
    }
}
