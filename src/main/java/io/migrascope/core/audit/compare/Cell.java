package io.migrascope.core.audit.compare;

import io.migrascope.core.model.MigrationState;
import java.time.Instant;

/**
 * One migration in one environment.
 *
 * @param state           its state there, or null when the environment could not be read
 * @param trackedChecksum what that environment's tracking row stored, or null
 * @param appliedAt       when it was applied there, or null
 */
public record Cell(MigrationState state, String trackedChecksum, Instant appliedAt) {
    static final Cell UNKNOWN = new Cell(null, null, null);
}
