package io.migrascope.core.tool;

import io.migrascope.core.model.MigrationFile;
import java.util.List;

/** The rows a tool itself writes, as exact SQL, so previews show and executors run the same text. */
public interface TrackingWriter {

    /** The advisory lock key the tool takes while it migrates, so it and we never run at once. */
    long lockKey();

    /** What the lock guards, for messages ("migrations of "public"."schema_migrations""). */
    String lockName();

    /** Statements that create the tracking table (and its companions) when it is absent; idempotent. */
    List<String> createSql();

    /** The row recording that {@code file} ran with {@code outcome}. */
    SqlCommand record(MigrationFile file, RunOutcome outcome);
}
