package io.migrascope.core.action;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectException;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.journal.JournalEntry;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.TrackingTableException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * What the actions that change the migrations folder (renumber, file edit) share: the state read
 * again right before the change, so a stale preview is refused, and the journal entry written
 * pending before the change and committed or failed after it.
 */
final class FolderChange {
    private FolderChange() {
    }

    /** The folder and database as they are now, and the role that would write. */
    record Fresh(Report report, String role) {
    }

    /** A change of files that reports its own failure. */
    interface Change {
        void run() throws ActionException;
    }

    static Fresh readAgain(WriteContext context, Audit audit)
            throws ConnectException, ActionException, SQLException, IOException {
        try (Connection c = context.database().open()) {
            return new Fresh(audit.run(c, context.database().spec().label()), TrackingWriteExecutor.role(c));
        } catch (TrackingTableException e) {
            throw new ActionException(e.getMessage(), null, e);
        }
    }

    /**
     * Journals the change as pending, carries it out, journals the outcome.
     *
     * @return the journal entry id
     */
    static String journaled(WriteContext context, Audit audit, Fresh fresh, String action, List<String> versions,
                            Preview preview, List<JournalEntry.FileMove> moves, List<JournalEntry.FileEdit> edits,
                            Change change) throws ActionException, IOException {
        Instant at = Instant.now();
        JournalEntry entry = new JournalEntry(Journal.newId(at), at, System.getProperty("user.name"), fresh.role(),
                context.database().spec().label(), audit.tool().id(), audit.schema(),
                audit.writer(context.database().spec().database()).qualifiedTable(), action, versions, context.reason(),
                preview.render(), List.of(), List.of(), moves, null, JournalEntry.PENDING, edits);
        context.journal().append(entry);
        try {
            change.run();
        } catch (ActionException e) {
            context.journal().append(entry.withState("failed: " + e.getMessage()));
            throw e;
        }
        context.journal().append(entry.withState(JournalEntry.COMMITTED));
        return entry.id();
    }
}
