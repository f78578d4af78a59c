package io.migrascope.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Builds the picocli command line with Migrascope's exit codes. */
public final class Cli {
    /** Exit codes of the CLI contract. */
    public static final int IN_SYNC = 0;
    public static final int PENDING_ONLY = 1;
    public static final int PROBLEMS = 2;
    public static final int CANNOT_CONNECT_OR_READ = 3;
    public static final int USAGE = 64;

    private Cli() {
    }

    public static int run(String[] args) {
        // Buffered without auto-flush: a 10,000-row status must not cost 10,000 writes to the terminal.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(out, err).execute(args);
        } finally {
            out.flush();
        }
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new MigrascopeCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new FailureHandler());
        applyExitCodes(cl);
        return cl;
    }

    /** Annotations set these on the top command only; the contract holds for every sub-command. */
    private static void applyExitCodes(CommandLine cl) {
        cl.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(CANNOT_CONNECT_OR_READ);
        cl.getSubcommands().values().forEach(Cli::applyExitCodes);
    }
}
