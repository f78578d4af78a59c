package io.migrascope.core.db;

import java.time.Instant;

/** The session that holds an advisory lock, as {@code pg_stat_activity} describes it. */
public record LockHolder(int pid, String applicationName, String user, String clientAddress,
                         Instant sessionStart, String state, Instant stateSince) {

    /** One phrase for messages and the status bar. */
    public String describe() {
        StringBuilder sb = new StringBuilder("pid ").append(pid);
        if (applicationName != null && !applicationName.isEmpty()) {
            sb.append(", application '").append(applicationName).append('\'');
        }
        if (user != null) {
            sb.append(", user ").append(user);
        }
        sb.append(", client ").append(clientAddress == null ? "local socket" : clientAddress);
        if (sessionStart != null) {
            sb.append(", connected since ").append(sessionStart);
        }
        if (state != null) {
            sb.append(", ").append(state);
            if (stateSince != null) {
                sb.append(" since ").append(stateSince);
            }
        }
        return sb.toString();
    }
}
