package io.migrascope;

import io.migrascope.cli.Cli;
import io.migrascope.ui.app.MigrascopeApp;
import java.util.Arrays;

/**
 * The jar's entry point: no arguments (or {@code gui}) opens the console, anything else is the
 * command line. A plain class, not a JavaFX {@code Application}: a runnable jar that carries
 * JavaFX on the class path must not start from an {@code Application} subclass.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || "gui".equals(args[0])) {
            MigrascopeApp.main(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(Cli.run(args));
    }
}
