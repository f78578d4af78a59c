package io.migrascope.ui.compare;

import java.time.Duration;
import java.time.Instant;

/**
 * How reading one database of the comparison goes, for its column header.
 *
 * @param name    the profile's name, the column's title
 * @param phase   where it is
 * @param detail  the reason when it could not be read, how long it took, or how long it has been reading
 * @param started when the pool began to read it, or null
 */
public record DatabaseProgress(String name, Phase phase, String detail, Instant started) {
    /** The phases of one database's read; SLOW is READING for longer than the view-model's patience. */
    public enum Phase { WAITING, READING, SLOW, READ, UNREADABLE }

    static DatabaseProgress waiting(String name) {
        return new DatabaseProgress(name, Phase.WAITING, "waiting for a connection slot", null);
    }

    DatabaseProgress reading(Instant now) {
        return new DatabaseProgress(name, Phase.READING, "reading…", now);
    }

    /** Still reading at {@code now}: slow once it has taken longer than {@code patience}. */
    DatabaseProgress at(Instant now, Duration patience) {
        if ((phase != Phase.READING && phase != Phase.SLOW) || started == null) {
            return this;
        }
        Duration so = Duration.between(started, now);
        return so.compareTo(patience) < 0 ? this
                : new DatabaseProgress(name, Phase.SLOW, "slow: still reading after " + so.toSeconds() + " s", started);
    }

    boolean finished() {
        return phase == Phase.READ || phase == Phase.UNREADABLE;
    }
}
