package io.migrascope.core.action;

import io.migrascope.core.db.ConnectException;
import io.migrascope.core.db.LockHeldException;
import io.migrascope.core.journal.JournalEntry;
import io.migrascope.core.tool.SqlCommand;
import io.migrascope.core.tool.TrackingWriter;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs a confirmed {@link UndoAction} under the tool's lock, itself journaled (so it can be undone too). */
public final class UndoExecutor {
    private final WriteContext context;

    public UndoExecutor(WriteContext context) {
        this.context = context;
    }

    /**
     * @param writer the tool's writer for the entry's table: its lock keeps the tool out meanwhile
     *               (null, like the context's database, for an entry that only moved files)
     */
    public TrackingWrite execute(UndoAction confirmed, TrackingWriter writer)
            throws ConnectException, LockHeldException, ActionException, SQLException, IOException {
        JournalEntry entry = confirmed.entry();
        if (!confirmed.blockers().isEmpty()) {
            throw new ActionException("undo is refused: " + String.join("; ", confirmed.blockers()), null, null);
        }
        if (!confirmed.touchesRows()) {
            return moveBack(confirmed);
        }
        if (!entry.database().equals(context.database().spec().label())) {
            throw new ActionException("journal entry " + entry.id() + " was written to " + entry.database()
                    + ", not " + context.database().spec().label() + "; connect to that database to undo it", null, null);
        }
        var description = new TrackingWriteExecutor.Description(entry.tool(), entry.schema(), "undo",
                entry.versions(), confirmed.preview().render(), entry.id());
        return new TrackingWriteExecutor(context).run(writer, description, work -> {
            checkRowsUnchanged(work, confirmed);
            return confirmed.commands();
        });
    }

    /**
     * Undo of a renumber or a file edit: the files go back where they were, with the text they had;
     * no tracking row was touched.
     */
    private TrackingWrite moveBack(UndoAction undo) throws ActionException, IOException {
        JournalEntry entry = undo.entry();
        java.time.Instant at = java.time.Instant.now();
        List<JournalEntry.FileMove> back = FileMoves.reversed(entry.moves());
        JournalEntry record = new JournalEntry(io.migrascope.core.journal.Journal.newId(at), at,
                System.getProperty("user.name"), entry.dbRole(), entry.database(), entry.tool(), entry.schema(),
                entry.table(), "undo", entry.versions(), context.reason(), undo.preview().render(), List.of(),
                List.of(), back, entry.id(), JournalEntry.PENDING, entry.edits().stream()
                .map(e -> new JournalEntry.FileEdit(e.path(), e.after(), e.before())).toList());
        context.journal().append(record);
        for (JournalEntry.FileEdit e : record.edits()) {
            try {
                FileEditExecutor.write(java.nio.file.Path.of(e.path()), e.after());
            } catch (IOException ex) {
                context.journal().append(record.withState("failed: " + ex.getMessage()));
                throw new ActionException("cannot write " + e.path() + ": " + ex.getMessage(), null, ex);
            }
        }
        for (JournalEntry.FileMove m : back) {
            try {
                FileMoves.perform(m);
            } catch (ActionException e) {
                context.journal().append(record.withState("failed: " + e.getMessage()));
                throw e;
            }
        }
        context.journal().append(record.withState(JournalEntry.COMMITTED));
        return new TrackingWrite(record.id(), List.of(), List.of());
    }

    private static void checkRowsUnchanged(Connection work, UndoAction undo) throws SQLException, ActionException {
        Map<String, Integer> needed = new HashMap<>();
        undo.entry().added().forEach(r -> needed.merge(r, 1, Integer::sum));
        for (Map.Entry<String, Integer> e : needed.entrySet()) {
            SqlCommand count = undo.stillThere(e.getKey());
            try (PreparedStatement ps = work.prepareStatement(count.sql())) {
                ps.setString(1, e.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) < e.getValue()) {
                        throw new ActionException("cannot undo " + undo.entry().id() + ": the row it wrote is no longer"
                                + " there as written (someone changed or removed it since): " + e.getKey()
                                + ". Nothing was changed; repair the current state instead.", null, null);
                    }
                }
            }
        }
    }

    /** For the CLI: the rows of an entry in a short form. */
    public static List<String> describe(List<String> rows) {
        return rows.stream().map(r -> r.length() > 160 ? r.substring(0, 157) + "..." : r).toList();
    }
}
