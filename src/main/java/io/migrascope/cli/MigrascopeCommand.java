package io.migrascope.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "migrascope",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = Cli.USAGE,
        exitCodeOnExecutionException = Cli.CANNOT_CONNECT_OR_READ,
        description = "Shows and repairs the migration state of PostgreSQL databases.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:in sync",
            "1:pending migrations only",
            "2:problems found (duplicates, drift, failed, missing, out of order ...)",
            "3:cannot connect or read",
            "64:bad usage"})
// The sub-commands are added by Cli: only the one a run names is built (see Cli.SUBCOMMANDS).
public final class MigrascopeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
