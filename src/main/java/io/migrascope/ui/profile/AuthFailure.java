package io.migrascope.ui.profile;

import io.migrascope.core.db.ConnectException;
import java.util.Locale;
import java.util.Set;

/** Tells a refused or missing password from other connection failures, so only then is a password asked for. */
public final class AuthFailure {
    private static final Set<String> REFUSED = Set.of("28P01", "28000");

    private AuthFailure() {
    }

    public static boolean isPasswordProblem(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException c && c.sqlState() != null) {
                if (REFUSED.contains(c.sqlState())) {
                    return true;
                }
                // pgjdbc reports "no password was provided" as a rejected connection (08004).
                String text = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
                if (c.sqlState().equals("08004") && text.contains("password")) {
                    return true;
                }
            }
        }
        return false;
    }
}
