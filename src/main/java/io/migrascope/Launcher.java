package io.migrascope;

import io.migrascope.cli.Cli;

/**
 * The jar's entry point. A plain class, not a JavaFX {@code Application}: a runnable jar that
 * carries JavaFX on the class path must not start from an {@code Application} subclass.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
