package io.migrascope.cli;

import io.migrascope.core.action.WriteContext;
import io.migrascope.core.db.Database;
import io.migrascope.core.journal.Journal;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options every command that writes shares: preview only, no prompt, why, and the lock wait. */
final class WriteOptions {
    @Option(names = "--dry-run", description = "Print exactly what would run; change nothing.")
    boolean dryRun;

    @Option(names = "--yes", description = "Run without asking (for scripts and CI).")
    boolean yes;

    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "",
            description = "Why; kept in the journal with the change.")
    String reason;

    @Option(names = "--lock-wait", defaultValue = "10", paramLabel = "SECONDS",
            description = "How long to wait for another session's migration lock. Default: ${DEFAULT-VALUE}.")
    long lockWaitSeconds;

    WriteContext context(Database db) {
        return new WriteContext(db, Journal.standard(), reason, Duration.ofSeconds(lockWaitSeconds));
    }
}
