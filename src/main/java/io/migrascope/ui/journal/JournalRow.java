package io.migrascope.ui.journal;

import io.migrascope.core.journal.JournalEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One journal entry as the view lists it, prepared in the background: the row images
 * pretty-printed, and whether a later entry undid it.
 *
 * @param entry     the entry in its latest state
 * @param removed   the rows it removed, pretty-printed JSON
 * @param added     the rows it added, pretty-printed JSON
 * @param undoneBy  the id of the committed entry that undid it, or null
 */
public record JournalRow(JournalEntry entry, List<String> removed, List<String> added, String undoneBy) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public JournalRow {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    public String when() {
        return entry.at() == null ? "" : WHEN.format(entry.at());
    }

    public String who() {
        return entry.osUser() + (entry.dbRole() == null ? "" : " as " + entry.dbRole());
    }

    public String action() {
        return entry.action() + (entry.undoOf() == null ? "" : " of " + entry.undoOf());
    }

    public String versions() {
        return String.join(", ", entry.versions());
    }

    public String reason() {
        return entry.reason() == null || entry.reason().isBlank() ? "(no reason given)" : entry.reason();
    }

    public String state() {
        return undoneBy != null ? "undone by " + undoneBy : entry.state();
    }

    public String rows() {
        String files = entry.moves().isEmpty() ? "" : ", " + entry.moves().size() + " file(s) moved";
        return "\u2212" + entry.removed().size() + " +" + entry.added().size() + files;
    }

    /** Whether Undo is worth offering: committed and not undone yet (the plan checks the rest). */
    public boolean undoable() {
        return entry.isCommitted() && undoneBy == null;
    }
}
