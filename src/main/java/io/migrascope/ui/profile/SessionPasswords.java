package io.migrascope.ui.profile;

import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.db.profile.Profile;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords typed in the prompt (or carried by an imported URL), kept in memory for this session
 * only and consulted before the profile's variable, PGPASSWORD and ~/.pgpass. They are keyed by
 * {@code user@host:port/database}, so two profiles of one database share what was typed once.
 * {@link #clear()} overwrites them when the console closes.
 */
public final class SessionPasswords {
    private final Map<String, char[]> byTarget = new ConcurrentHashMap<>();

    /** Keeps a copy; the caller may clear its own array afterwards. */
    public void remember(Profile profile, char[] password) {
        char[] old = byTarget.put(profile.target(), Arrays.copyOf(password, password.length));
        wipe(old);
    }

    public boolean has(Profile profile) {
        return byTarget.containsKey(profile.target());
    }

    /** Forgets what was typed for this database (after the server refused it). */
    public void forget(Profile profile) {
        wipe(byTarget.remove(profile.target()));
    }

    /**
     * Where the password for this profile comes from: what was typed this session, else the profile's
     * variable when it is set, else PGPASSWORD and ~/.pgpass.
     */
    public PasswordSource sourceFor(Profile profile, Map<String, String> environment) {
        char[] typed = byTarget.get(profile.target());
        if (typed != null) {
            // PasswordSource consults PGPASSWORD first when no variable is named: the typed password goes there.
            Map<String, String> only = new HashMap<>();
            only.put("PGPASSWORD", new String(typed));
            return new PasswordSource(only, null);
        }
        String variable = profile.passwordEnv();
        boolean variableSet = variable != null && environment.get(variable) != null;
        return new PasswordSource(environment, variableSet ? variable : null);
    }

    /** Why the profile's own variable did not help, or null when it is set or none is named. */
    public static String missingVariable(Profile profile, Map<String, String> environment) {
        String variable = profile.passwordEnv();
        if (variable == null || environment.get(variable) != null) {
            return null;
        }
        return "the environment variable " + variable + " named by the profile is not set";
    }

    /** Overwrites every password and forgets them all. */
    public void clear() {
        byTarget.values().forEach(SessionPasswords::wipe);
        byTarget.clear();
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
