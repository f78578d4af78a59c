package io.migrascope;

import io.migrascope.cli.Cli;
import io.migrascope.ui.app.MigrascopeApp;
import java.util.Arrays;
import java.util.Optional;

/**
 * The jar's entry point: no arguments (or {@code gui}) opens the console, anything else is the
 * command line. A plain class, not a JavaFX {@code Application}: a runnable jar that carries
 * JavaFX on the class path must not start from an {@code Application} subclass.
 */
public final class Launcher {
    private Launcher() {
    }

    /** The console's own flags: {@code --demo} forces the demo workspace, {@code --no-demo} skips it. */
    private static final java.util.Set<String> GUI_FLAGS = java.util.Set.of("--demo", "--no-demo");

    public static void main(String[] args) {
        if (args.length > 0 && "gui".equals(args[0]) || Arrays.stream(args).allMatch(GUI_FLAGS::contains)) {
            Optional<Integer> relaunched = CommandJvm.relaunchConsole(args);
            if (relaunched.isPresent()) {
                System.exit(relaunched.get());
            }
            MigrascopeApp.main(args.length > 0 && "gui".equals(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args);
            return;
        }
        System.exit(CommandJvm.relaunch(args).orElseGet(() -> Cli.run(args)));
    }
}
