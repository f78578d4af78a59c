package io.migrascope.demo;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.Tools;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code migrascope demo start | reset | status [--data-dir DIR]}: the demo workspace from a
 * terminal. {@code start} keeps the server up until Ctrl+C or the end of input, printing for each
 * database the exact {@code migrascope status} command to try; {@code status} prints what
 * Migrascope finds in each; {@code reset} rebuilds them all.
 */
public final class DemoMain {
    static final int OK = 0;
    static final int FAILED = 3;
    static final int USAGE = 64;
    private static final String USAGE_TEXT = "usage: migrascope demo start|reset|status [--data-dir DIR]\n"
            + "  start   start the demo databases and keep them running until Ctrl+C (or end of input)\n"
            + "  reset   drop and rebuild every demo database and restore its migrations folder\n"
            + "  status  print what Migrascope finds in each demo database\n"
            + "  --data-dir DIR  where the demo lives (default: Migrascope's data directory; the demo is in DIR/demo)";

    private DemoMain() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        int code = run(out, args);
        out.flush();
        System.exit(code);
    }

    /** Runs one demo command; {@code start} reads standard input to know when to stop. */
    public static int run(PrintWriter out, String... args) {
        return run(out, System.in, args);
    }

    static int run(PrintWriter out, InputStream stdin, String... args) {
        String command = null;
        Path dataDirectory = DemoWorkspace.defaultDataDirectory();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data-dir") && i + 1 < args.length) {
                dataDirectory = Path.of(args[++i]);
            } else if (a.startsWith("--data-dir=")) {
                dataDirectory = Path.of(a.substring("--data-dir=".length()));
            } else if (a.equals("-h") || a.equals("--help")) {
                out.println(USAGE_TEXT);
                out.flush();
                return OK;
            } else if (command == null && List.of("start", "reset", "status").contains(a)) {
                command = a;
            } else {
                out.println("migrascope demo: unexpected '" + a + "'\n" + USAGE_TEXT);
                out.flush();
                return USAGE;
            }
        }
        if (command == null) {
            out.println(USAGE_TEXT);
            out.flush();
            return USAGE;
        }
        try {
            return switch (command) {
                case "start" -> start(out, stdin, dataDirectory);
                case "reset" -> reset(out, dataDirectory);
                default -> status(out, dataDirectory);
            };
        } catch (DemoException e) {
            out.println("migrascope demo " + command + ": " + e.getMessage());
            out.flush();
            return FAILED;
        }
    }

    private static int start(PrintWriter out, InputStream stdin, Path dataDirectory) throws DemoException {
        DemoWorkspace workspace = open(out, dataDirectory);
        // Ctrl+C ends the JVM with shutdown hooks: stop PostgreSQL cleanly rather than leave it orphaned.
        Thread stopper = new Thread(() -> closeQuietly(workspace), "migrascope-demo-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        for (DemoDatabase d : workspace.databases()) {
            DemoText.describe(out, d, launcher());
        }
        out.println("The demo runs until you press Ctrl+C (or end the input with Ctrl+D)."
                + (workspace.sharedServer() ? " Another Migrascope started this server; it keeps running." : ""));
        out.flush();
        try {
            while (stdin.read() >= 0) {
                // Anything typed is ignored: only the end of input stops the demo.
            }
        } catch (IOException e) {
            // A closed input is an end of input.
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
            return OK;
        }
        workspace.close();
        out.println("The demo's PostgreSQL is stopped; its databases keep their state for the next start.");
        out.flush();
        return OK;
    }

    private static int reset(PrintWriter out, Path dataDirectory) throws DemoException {
        try (DemoWorkspace workspace = open(out, dataDirectory)) {
            workspace.reset((message, fraction) -> {
                out.println("  " + message);
                out.flush();
            });
            out.println("Rebuilt " + workspace.databases().stream().map(DemoDatabase::name)
                    .collect(Collectors.joining(", ")) + " and restored their folders under "
                    + workspace.directory().resolve("migrations") + ".");
        }
        out.flush();
        return OK;
    }

    private static int status(PrintWriter out, Path dataDirectory) throws DemoException {
        try (DemoWorkspace workspace = open(out, dataDirectory)) {
            for (DemoDatabase d : workspace.databases()) {
                Report report = audit(d);
                out.println();
                out.println(d.name() + " (" + d.toolId() + ")" + d.seedLabel() + ": " + summary(report));
                for (Finding f : report.findings()) {
                    out.println("  " + f.severity() + " " + f.code() + ": " + f.message());
                }
            }
        }
        out.flush();
        return OK;
    }

    /** The same audit {@code migrascope status --tool <tool>} runs on the database and its folder. */
    static Report audit(DemoDatabase d) throws DemoException {
        MigrationTool tool = Tools.byId(d.toolId()).orElseThrow();
        try (Connection c = DriverManager.getConnection(d.jdbcUrl())) {
            return new Audit(tool, d.folder(), tool.defaultSchema()).run(c, d.name());
        } catch (Exception e) {
            throw new DemoException("cannot read " + d.name() + ": " + e.getMessage(), e);
        }
    }

    private static String summary(Report report) {
        return report.summary().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    private static DemoWorkspace open(PrintWriter out, Path dataDirectory) throws DemoException {
        long start = System.nanoTime();
        DemoWorkspace workspace = DemoWorkspace.open(dataDirectory, (message, fraction) -> {
            out.println("  " + message);
            out.flush();
        });
        long ms = (System.nanoTime() - start) / 1_000_000;
        out.println("Demo workspace " + workspace.directory() + ": PostgreSQL on localhost:" + workspace.port()
                + ", opened in " + ms + " ms (" + (workspace.builtOnOpen().isEmpty() ? "everything reused"
                : "built " + String.join(", ", workspace.builtOnOpen())) + ").");
        out.flush();
        return workspace;
    }

    /** How the user starts Migrascope, for the commands printed; the launcher may say otherwise. */
    private static String launcher() {
        return System.getProperty("migrascope.command", "migrascope");
    }

    private static void closeQuietly(DemoWorkspace workspace) {
        try {
            workspace.close();
        } catch (DemoException ignored) {
            // The JVM is exiting; there is no one left to tell.
        }
    }
}
