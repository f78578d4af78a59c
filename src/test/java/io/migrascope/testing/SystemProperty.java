package io.migrascope.testing;

/** Puts back a system property a test changed (the data and config directories), or clears it. */
public final class SystemProperty {
    private SystemProperty() {
    }

    public static void restore(String key, String saved) {
        if (saved == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, saved);
        }
    }
}
