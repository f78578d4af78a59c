package io.migrascope.core.db.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The environment tag of a profile. Production opens read-only, enforced by the server. */
public enum Environment {
    DEV("dev", "#2e7d32"),
    STAGING("staging", "#ef6c00"),
    PRODUCTION("production", "#c62828");

    private final String tag;
    private final String defaultColour;

    Environment(String tag, String defaultColour) {
        this.tag = tag;
        this.defaultColour = defaultColour;
    }

    /** The spelling in profiles.json and on screen. */
    @JsonValue
    public String tag() {
        return tag;
    }

    /** The chip colour a new profile of this environment gets. */
    public String defaultColour() {
        return defaultColour;
    }

    /** Reads a tag as written by hand too ("Production", "prod", "stage"). */
    @JsonCreator
    public static Environment fromTag(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("prod")) {
            return PRODUCTION;
        }
        if (t.startsWith("stag")) {
            return STAGING;
        }
        if (t.isEmpty() || t.startsWith("dev") || t.equals("local") || t.equals("test")) {
            return DEV;
        }
        throw new IllegalArgumentException("unknown environment '" + text + "': use dev, staging or production");
    }

    @Override
    public String toString() {
        return tag;
    }
}
