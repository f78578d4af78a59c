package io.migrascope.core.db.profile;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Migrascope keeps the user's settings (profiles, window layout): {@code $MIGRASCOPE_CONFIG},
 * else {@code $XDG_CONFIG_HOME/migrascope}, else {@code ~/.config/migrascope} (on Windows
 * {@code %APPDATA%\Migrascope}). The system property {@code migrascope.config} wins, so tests and the
 * demo keep theirs apart. Settings, unlike the journal, are configuration: hence not the data directory.
 */
public final class ConfigDirectory {
    public static final String PROPERTY = "migrascope.config";
    public static final String VARIABLE = "MIGRASCOPE_CONFIG";

    private ConfigDirectory() {
    }

    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty(PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home"));
    }

    static Path resolve(Map<String, String> env, String property, String osName, String home) {
        if (present(property)) {
            return Path.of(property);
        }
        if (present(env.get(VARIABLE))) {
            return Path.of(env.get(VARIABLE));
        }
        if (osName.startsWith("Windows") && present(env.get("APPDATA"))) {
            return Path.of(env.get("APPDATA"), "Migrascope");
        }
        if (present(env.get("XDG_CONFIG_HOME"))) {
            return Path.of(env.get("XDG_CONFIG_HOME"), "migrascope");
        }
        return Path.of(home, ".config", "migrascope");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
