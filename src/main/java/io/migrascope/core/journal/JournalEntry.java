package io.migrascope.core.journal;

import java.time.Instant;
import java.util.List;

/**
 * One action as it happened: who, when, where, why, what ran, and the tracking rows it removed and
 * added, each as PostgreSQL's own {@code to_jsonb} of the row — exact for every column type, and
 * what undo puts back.
 *
 * @param id       a sortable id (time first)
 * @param at       when the action started
 * @param osUser   the operating-system user
 * @param dbRole   the database role that wrote
 * @param database {@code host:port/db}, never with a password
 * @param tool     the tool whose table was written
 * @param schema   the schema of the tracking table
 * @param table    the tracking table, qualified and quoted
 * @param action   the CLI spelling of the action (apply, mark-applied, undo ...)
 * @param versions the migrations concerned
 * @param reason   what the user typed as the reason
 * @param preview  the preview the user confirmed, as text
 * @param removed  rows present before and gone after
 * @param added    rows present after and absent before
 * @param moves    files renamed, in order (renumber); undo moves them back
 * @param edits    files whose text was replaced (a never-run file fixed from a guide); undo puts the
 *                 old text back while the file still holds the new one
 * @param undoOf   the entry this one undoes, or null
 * @param state    {@code pending} until the transaction committed, then {@code committed}, or {@code failed: ...}
 */
public record JournalEntry(
        String id,
        Instant at,
        String osUser,
        String dbRole,
        String database,
        String tool,
        String schema,
        String table,
        String action,
        List<String> versions,
        String reason,
        String preview,
        List<String> removed,
        List<String> added,
        List<FileMove> moves,
        String undoOf,
        String state,
        List<FileEdit> edits) {

    public static final String PENDING = "pending";
    public static final String COMMITTED = "committed";

    public JournalEntry {
        versions = List.copyOf(versions);
        removed = List.copyOf(removed);
        added = List.copyOf(added);
        moves = moves == null ? List.of() : List.copyOf(moves);
        // Entries written before file edits existed have no such field.
        edits = edits == null ? List.of() : List.copyOf(edits);
    }

    /** An entry that edited no file. */
    public JournalEntry(String id, Instant at, String osUser, String dbRole, String database, String tool, String schema,
                        String table, String action, List<String> versions, String reason, String preview,
                        List<String> removed, List<String> added, List<FileMove> moves, String undoOf, String state) {
        this(id, at, osUser, dbRole, database, tool, schema, table, action, versions, reason, preview, removed, added,
                moves, undoOf, state, List.of());
    }

    /**
     * One file rename.
     *
     * @param from   the absolute path before
     * @param to     the absolute path after
     * @param withGit whether it was a {@code git mv}
     */
    public record FileMove(String from, String to, boolean withGit) {
    }

    /**
     * One file whose whole text was replaced; both texts are kept, so nothing is lost.
     *
     * @param path   the absolute path
     * @param before the text before
     * @param after  the text written
     */
    public record FileEdit(String path, String before, String after) {
    }

    public JournalEntry withState(String newState) {
        return new JournalEntry(id, at, osUser, dbRole, database, tool, schema, table, action, versions, reason, preview,
                removed, added, moves, undoOf, newState, edits);
    }

    public JournalEntry withImages(List<String> removedRows, List<String> addedRows) {
        return new JournalEntry(id, at, osUser, dbRole, database, tool, schema, table, action, versions, reason, preview,
                removedRows, addedRows, moves, undoOf, state, edits);
    }

    public boolean isCommitted() {
        return COMMITTED.equals(state);
    }
}
