package io.migrascope.core.action;

import io.migrascope.core.journal.JournalEntry;
import io.migrascope.core.tool.SqlCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes a journal entry: removes the rows it added and puts back the rows it removed, exactly as
 * they were ({@code jsonb_populate_record} of the journal's {@code to_jsonb} images). Allowed only
 * while every added row is still there unchanged; otherwise someone wrote since, and undo says so.
 */
public final class UndoAction implements Action {
    private final JournalEntry entry;
    private final List<String> blockers;

    private UndoAction(JournalEntry entry, List<String> blockers) {
        this.entry = entry;
        this.blockers = List.copyOf(blockers);
    }

    public static UndoAction plan(JournalEntry entry, List<JournalEntry> journal) {
        List<String> blockers = new ArrayList<>();
        if (!entry.isCommitted()) {
            blockers.add("journal entry " + entry.id() + " is '" + entry.state() + "', not committed: there is nothing to undo");
        }
        journal.stream()
                .filter(e -> entry.id().equals(e.undoOf()) && e.isCommitted())
                .findFirst()
                .ifPresent(e -> blockers.add("journal entry " + entry.id() + " was already undone by " + e.id()));
        if (entry.removed().isEmpty() && entry.added().isEmpty() && entry.moves().isEmpty()
                && entry.edits().isEmpty()) {
            blockers.add("journal entry " + entry.id() + " changed no tracking rows and no files");
        }
        for (var edit : entry.edits()) {
            if (!FileEditExecutor.holds(edit.path(), edit.after())) {
                blockers.add(edit.path() + " changed since it was edited (or is gone): putting the old text back"
                        + " would lose that change. Its old text is in journal entry " + entry.id());
            }
        }
        for (var move : entry.moves()) {
            if (!java.nio.file.Files.exists(java.nio.file.Path.of(move.to()))) {
                blockers.add(move.to() + " is gone: it was renamed or deleted since, so it cannot be moved back");
            } else if (java.nio.file.Files.exists(java.nio.file.Path.of(move.from()))) {
                blockers.add(move.from() + " exists again; moving the file back would overwrite it");
            }
        }
        return new UndoAction(entry, blockers);
    }

    public JournalEntry entry() {
        return entry;
    }

    public List<String> blockers() {
        return blockers;
    }

    /** Deletes of the rows the entry added, then inserts of the rows it removed. */
    public List<SqlCommand> commands() {
        List<SqlCommand> commands = new ArrayList<>();
        for (String row : entry.added()) {
            // ctid picks exactly one of several identical rows, as the bag difference counted them.
            commands.add(SqlCommand.of("DELETE FROM " + entry.table() + " WHERE ctid = (SELECT ctid FROM "
                    + entry.table() + " t WHERE to_jsonb(t) = ?::jsonb LIMIT 1)", row));
        }
        for (String row : entry.removed()) {
            commands.add(SqlCommand.of("INSERT INTO " + entry.table() + " SELECT * FROM jsonb_populate_record(NULL::"
                    + entry.table() + ", ?::jsonb)", row));
        }
        return commands;
    }

    /** The check that the rows still match the after-image: one count per added row. */
    SqlCommand stillThere(String row) {
        return SqlCommand.of("SELECT count(*) FROM " + entry.table() + " t WHERE to_jsonb(t) = ?::jsonb", row);
    }

    /** Whether the entry touched tracking rows (then undo needs the database). */
    public boolean touchesRows() {
        return !entry.added().isEmpty() || !entry.removed().isEmpty();
    }

    @Override
    public Preview preview() {
        List<Preview.Step> steps = new ArrayList<>();
        for (var edit : entry.edits()) {
            steps.add(new Preview.Step("put back the text " + edit.path() + " had before", edit.before()));
        }
        for (var move : FileMoves.reversed(entry.moves())) {
            steps.add(new Preview.Step("move the renamed file back", FileMoves.describe(move) + "\n"));
        }
        if (touchesRows()) {
            StringBuilder sql = new StringBuilder("BEGIN;\n");
            commands().forEach(c -> sql.append(c.render()).append(";\n"));
            sql.append("COMMIT;\n");
            steps.add(new Preview.Step("remove " + entry.added().size() + " row(s) " + entry.action() + " added, restore "
                    + entry.removed().size() + " row(s) it removed, if the rows still match the journal", sql.toString()));
        }
        return new Preview("Undo journal entry " + entry.id() + " (" + entry.action() + " " + String.join(", ",
                entry.versions()) + ")", entry.database(), steps, blockers);
    }
}
