package io.migrascope.ui.action;

import io.migrascope.core.action.Action;
import io.migrascope.core.action.ApplyAction;
import io.migrascope.core.action.FileEditAction;
import io.migrascope.core.action.RenumberAction;
import io.migrascope.core.action.RepairAction;
import io.migrascope.core.action.SyncAction;
import io.migrascope.core.action.UndoAction;
import java.nio.file.Path;

/** What an action did, in the past tense, for the notification ("Marked 003 applied"). */
final class DoneHeadline {
    private DoneHeadline() {
    }

    static String of(Action action) {
        if (action instanceof RepairAction r) {
            return switch (r.kind()) {
                case MARK_APPLIED -> "Marked " + r.version() + " applied";
                case MARK_ROLLED_BACK -> "Marked " + r.version() + " rolled back";
                case DELETE_TRACKING_ROW -> "Deleted the tracking row of " + r.version();
                case REALIGN_CHECKSUM -> "Realigned the checksum of " + r.version();
                default -> r.preview().title();
            };
        }
        if (action instanceof ApplyAction a) {
            return "Applied " + a.files().size() + " migration" + (a.files().size() == 1 ? "" : "s");
        }
        if (action instanceof SyncAction s) {
            return "Marked " + s.versions().size() + " migration" + (s.versions().size() == 1 ? "" : "s")
                    + " applied (sync)";
        }
        if (action instanceof RenumberAction r) {
            return "Renamed " + Path.of(r.move().from()).getFileName() + " to " + Path.of(r.move().to()).getFileName();
        }
        if (action instanceof FileEditAction e) {
            return "Edited " + Path.of(e.edit().path()).getFileName() + ": it no longer creates " + e.table();
        }
        if (action instanceof UndoAction u) {
            return "Undid journal entry " + u.entry().id();
        }
        return action.preview().title();
    }
}
