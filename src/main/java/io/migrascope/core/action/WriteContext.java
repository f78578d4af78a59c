package io.migrascope.core.action;

import io.migrascope.core.db.Database;
import io.migrascope.core.journal.Journal;
import java.time.Duration;

/**
 * Where and as whom a write happens.
 *
 * @param database the database
 * @param journal  where the write is recorded
 * @param reason   why, in the user's words (kept in the journal)
 * @param lockWait how long to wait for another session's migration lock
 */
public record WriteContext(Database database, Journal journal, String reason, Duration lockWait) {
}
