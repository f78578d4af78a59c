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

/** Runs a confirmed {@link RenumberAction}: re-reads folder and database, renames, journals. */
public final class RenumberExecutor {
    private final WriteContext context;
    private final Audit audit;

    public RenumberExecutor(WriteContext context, Audit audit) {
        this.context = context;
        this.audit = audit;
    }

    /** @return the journal entry id */
    public String execute(RenumberAction confirmed, String chosen)
            throws ConnectException, ActionException, SQLException, IOException {
        if (!confirmed.blockers().isEmpty()) {
            throw new ActionException("renumber is refused: " + String.join("; ", confirmed.blockers()), null, null);
        }
        Report now;
        String role;
        try (Connection c = context.database().open()) {
            now = audit.run(c, context.database().spec().label());
            role = TrackingWriteExecutor.role(c);
        } catch (TrackingTableException e) {
            throw new ActionException(e.getMessage(), null, e);
        }
        RenumberAction fresh = confirmed.replan(now, audit.tool(), chosen);
        if (!fresh.blockers().isEmpty() || !fresh.move().equals(confirmed.move())) {
            throw new ActionException("the folder or the tracking table changed since the preview; nothing was"
                    + " renamed. Look again and retry.", null, null);
        }
        Instant at = Instant.now();
        JournalEntry entry = new JournalEntry(Journal.newId(at), at, System.getProperty("user.name"), role,
                context.database().spec().label(), audit.tool().id(), audit.schema(),
                audit.writer(context.database().spec().database()).qualifiedTable(), "renumber",
                List.of(confirmed.version().text(), confirmed.newVersion().text()), context.reason(),
                confirmed.preview().render(), List.of(), List.of(), List.of(confirmed.move()), null,
                JournalEntry.PENDING);
        context.journal().append(entry);
        try {
            FileMoves.perform(confirmed.move());
        } catch (ActionException e) {
            context.journal().append(entry.withState("failed: " + e.getMessage()));
            throw e;
        }
        context.journal().append(entry.withState(JournalEntry.COMMITTED));
        return entry.id();
    }
}
