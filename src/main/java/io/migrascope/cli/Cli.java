package io.migrascope.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
        EarlyConnection.start(args, System.getenv());
        try {
            return commandLine(out, err, args.length > 0 ? args[0] : null).execute(args);
        } finally {
            EarlyConnection.discard();
            out.flush();
        }
    }

    /**
     * The sub-commands in the order help lists them. Picocli builds a command's model by reflection,
     * and building all eight cost a third of a {@code status} run's start-up; a run that names one
     * gets that one only. Anything else (no sub-command, a typo, {@code --help}) gets them all, so
     * usage and suggestions are unchanged.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("status", StatusCommand.class);
        m.put("apply", ApplyCommand.class);
        m.put("repair", RepairCommand.class);
        m.put("recover", RecoverCommand.class);
        m.put("compare", CompareCommand.class);
        m.put("report", ReportCommand.class);
        m.put("demo", DemoCommand.class);
        m.put("journal", JournalCommand.class);
        return Collections.unmodifiableMap(m);
    }

    /** The whole command tree: for help, documentation and tests. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
        CommandLine cl = new CommandLine(new MigrascopeCommand());
        boolean one = first != null && SUBCOMMANDS.containsKey(first);
        SUBCOMMANDS.forEach((name, command) -> {
            if (!one || name.equals(first)) {
                cl.addSubcommand(name, command);
            }
        });
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
