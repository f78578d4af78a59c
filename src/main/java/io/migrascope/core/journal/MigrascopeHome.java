package io.migrascope.core.journal;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Migrascope keeps its own files: {@code $MIGRASCOPE_HOME}, else
 * {@code $XDG_DATA_HOME/migrascope}, else {@code ~/.local/share/migrascope} (on Windows
 * {@code %APPDATA%\Migrascope}). The system property {@code migrascope.home} wins, so tests and
 * the demo can keep theirs apart.
 */
public final class MigrascopeHome {
    private MigrascopeHome() {
    }

    public static Path dataDirectory() {
        return dataDirectory(System.getenv(), System.getProperty("migrascope.home"));
    }

    static Path dataDirectory(Map<String, String> env, String property) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String explicit = env.get("MIGRASCOPE_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String appData = env.get("APPDATA");
        if (appData != null && System.getProperty("os.name", "").startsWith("Windows")) {
            return Path.of(appData, "Migrascope");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "migrascope");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "migrascope");
    }
}
