package io.migrascope.core.tool;

import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import java.util.List;

/**
 * The tracking table as read from the database.
 *
 * @param tableExists false when the tool has never run here (every file is then pending)
 * @param rows        the rows, translated
 * @param problems    sentences about the table itself, e.g. a column the format does not know
 * @param earlierAttempts migrations whose first recorded attempt ran other SQL than the file holds,
 *                    though the row that counts matches it: the tool's status and deploy accept
 *                    that, only its development workflow complains (Prisma's migrate dev)
 */
public record TrackingRead(boolean tableExists, List<TrackedRow> rows, List<String> problems,
                           List<EarlierAttempt> earlierAttempts) {
    public TrackingRead {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        earlierAttempts = List.copyOf(earlierAttempts);
    }

    public TrackingRead(boolean tableExists, List<TrackedRow> rows, List<String> problems) {
        this(tableExists, rows, problems, List.of());
    }

    /** One migration whose first attempt differs from its file, in a sentence naming both. */
    public record EarlierAttempt(Version version, String message) {
    }

    public static TrackingRead absent() {
        return new TrackingRead(false, List.of(), List.of());
    }
}
