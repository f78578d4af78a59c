package io.migrascope.core.model;

import java.time.Instant;
import java.util.Map;

/**
 * One row of a tool's tracking table, translated into the tool-neutral shape.
 *
 * @param version            the version the row records
 * @param name               the description the row records (may differ from today's file name)
 * @param outcome            what the row says happened
 * @param checksum           the stored checksum in the tool's own representation, or null where the tool stores none
 * @param normalizedChecksum the stored checksum of the normalised text, where the format keeps one
 * @param appliedAt          when it was applied, if recorded
 * @param appliedBy          who applied it, if recorded
 * @param executionTimeMs    how long it ran, if recorded
 * @param detail             tool-specific facts worth showing (statements run, error text ...)
 * @param columns            the row exactly as read, column name to value: the key for writes that
 *                           target this row, and the before-image the journal keeps
 */
public record TrackedRow(
        Version version,
        String name,
        Outcome outcome,
        String checksum,
        String normalizedChecksum,
        Instant appliedAt,
        String appliedBy,
        Long executionTimeMs,
        Map<String, String> detail,
        Map<String, Object> columns) {

    public TrackedRow {
        detail = detail == null ? Map.of() : Map.copyOf(detail);
        columns = columns == null ? Map.of() : columns instanceof ColumnValues ? columns
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
    }

    /** The same row translated with another version, as tools that join rows to files by other keys need. */
    public TrackedRow withVersion(Version v) {
        return new TrackedRow(v, name, outcome, checksum, normalizedChecksum, appliedAt, appliedBy, executionTimeMs,
                detail, columns);
    }

    /** What a tracking row says about its migration. */
    public enum Outcome {
        SUCCESS,
        FAILED,
        ROLLED_BACK,
        BASELINE
    }
}
