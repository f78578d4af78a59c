package io.migrascope.core.tool;

import io.migrascope.core.model.TrackedRow;
import java.util.List;

/**
 * The tracking table as read from the database.
 *
 * @param tableExists false when the tool has never run here (every file is then pending)
 * @param rows        the rows, translated
 * @param problems    sentences about the table itself, e.g. a column the format does not know
 */
public record TrackingRead(boolean tableExists, List<TrackedRow> rows, List<String> problems) {
    public TrackingRead {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public static TrackingRead absent() {
        return new TrackingRead(false, List.of(), List.of());
    }
}
