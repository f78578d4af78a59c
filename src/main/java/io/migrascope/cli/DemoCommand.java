package io.migrascope.cli;

import io.migrascope.demo.DemoMain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code demo start|reset|status}: the embedded demo workspace, without the window. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The demo workspace: an embedded PostgreSQL with one database per sample in"
                + " migrations-sample/, each in a broken state from the seeds.",
                "  start   start (or reuse) it, print each database's URL, folder and status command; runs until"
                        + " Ctrl+C or end of input",
                "  reset   put every demo database and folder back in its broken state",
                "  status  print the findings of every demo database"})
final class DemoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "start|reset|status", description = "What to do.")
    String verb;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the workspace lives (default: Migrascope's data directory).")
    String dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        args.add(verb);
        if (dataDir != null) {
            args.add("--data-dir");
            args.add(dataDir);
        }
        return DemoMain.run(spec.commandLine().getOut(), args.toArray(String[]::new));
    }
}
