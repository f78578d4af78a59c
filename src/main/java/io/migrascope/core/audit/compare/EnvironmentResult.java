package io.migrascope.core.audit.compare;

import io.migrascope.core.model.Report;
import java.time.Duration;

/**
 * How reading one environment went.
 *
 * @param name   the environment
 * @param report its report, or null when it could not be read
 * @param error  why it could not be read (unreachable, wrong password, cancelled ...), or null
 * @param took   how long reading it took
 */
public record EnvironmentResult(String name, Report report, String error, Duration took) {
    public boolean ok() {
        return report != null;
    }
}
