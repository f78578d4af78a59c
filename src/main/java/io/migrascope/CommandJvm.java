package io.migrascope;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a command-line invocation of the jar in a JVM tuned for a command that lives a second or
 * two. The JVM's defaults are tuned for servers: on two cores the C2 compiler and G1's growing
 * young generation cost a {@code status} of 10,000 migrations about half its CPU time and most of
 * its memory, for code that finishes before C2's work pays off. The JVM cannot change those flags
 * once started and {@code java -jar} takes none from the manifest, so the jar starts itself once
 * more with them (measured in docs/benchmarks.md).
 *
 * <p>It does not relaunch when the user chose JVM flags of their own, when not run from a jar
 * (tests, an IDE), when {@code MIGRASCOPE_JVM=same} is set, or when no {@code java} executable is
 * at hand; then the command runs in this JVM as before. {@code MIGRASCOPE_JVM=show} prints the
 * command JVM's command line to stderr first. The console is relaunched the same way with flags of
 * its own ({@link #CONSOLE_FLAGS}).
 */
public final class CommandJvm {
    /** Set on the child, so it never relaunches again. */
    static final String CHILD_PROPERTY = "migrascope.commandJvm";
    static final String ENV = "MIGRASCOPE_JVM";
    /**
     * Set (to {@code console}) by the launchers that already start the JVM with {@link #CONSOLE_FLAGS}
     * (javafx:run, the packaged app): the console then stays, and a command still relaunches, since
     * those flags are ours, not the user's.
     */
    static final String STARTED_WITH_CONSOLE_FLAGS = "migrascope.jvm";

    /**
     * C1 only, and the serial collector with a young generation of 24 MiB whose survivors go straight
     * to the old one: nearly everything a command keeps (files, rows, catalog) lives to its end, so
     * copying it between survivor spaces, and growing the old generation by full collections, was
     * a fifth of a 10,000-file status (docs/benchmarks.md). The 96 MiB are reserved, not touched:
     * resident memory grows only as the heap is used.
     */
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn24m", "-Xms96m",
            "-XX:MaxTenuringThreshold=0", "-Xshare:auto",
            // JVM warnings go to stderr, never into a --json document on stdout; class-data archive
            // notices (a stale archive is simply not used) are not the user's concern.
            "-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr");

    /**
     * The console lives long, so it keeps both compilers; the serial collector with a heap that gives
     * memory back keeps a 10,000-row session near its live data (G1's default sizing held 850 MiB
     * for 85 MiB in use, measured in docs/benchmarks.md), with the young generation fixed at 24 MiB:
     * left to grow with the heap, its touched pages kept a 10,000-row console above 350 MiB. Also set
     * for {@code mvn javafx:run} and the packaged app (pom.xml), which start the console directly.
     */
    public static final List<String> CONSOLE_FLAGS = List.of("-XX:+UseSerialGC", "-Xmn24m", "-Xms64m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xshare:auto",
            "-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr");

    private CommandJvm() {
    }

    /** The child's exit code, or empty when this JVM should run the command itself. */
    static Optional<Integer> relaunch(String[] args) {
        return relaunch(args, FLAGS);
    }

    /** As {@link #relaunch(String[])} for the console, with {@link #CONSOLE_FLAGS}. */
    static Optional<Integer> relaunchConsole(String[] args) {
        return relaunch(args, CONSOLE_FLAGS);
    }

    private static Optional<Integer> relaunch(String[] args, List<String> flags) {
        boolean ours = "console".equals(System.getProperty(STARTED_WITH_CONSOLE_FLAGS));
        if (ours && flags == CONSOLE_FLAGS) {
            return Optional.empty();
        }
        Optional<List<String>> command = command(args, flags, ours);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        if ("show".equals(System.getenv(ENV))) {
            System.err.println("command JVM: " + String.join(" ", command.get()));
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        ClassArchive archive = ClassArchive.of(command.get());
        ignoreInterrupt();
        // Stopping this process (SIGTERM, or the IDE's stop button) stops the command too.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
            }
        }, "stop-command"));
        while (true) {
            try {
                int code = child.waitFor();
                archive.keep();
                return Optional.of(code);
            } catch (InterruptedException e) {
                // keep waiting: the child decides when the command ends
            }
        }
    }

    static Optional<List<String>> command(String[] args, List<String> flags, boolean flagsAreOurs) {
        if ("same".equals(System.getenv(ENV)) || System.getProperty(CHILD_PROPERTY) != null) {
            return Optional.empty();
        }
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        if (!flagsAreOurs && userChoseFlags(ManagementFactory.getRuntimeMXBean().getInputArguments())) {
            return Optional.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        if (!Files.isExecutable(java)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(flags);
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-D") && !a.startsWith("-D" + STARTED_WITH_CONSOLE_FLAGS + "="))
                .forEach(command::add);
        command.add("-D" + CHILD_PROPERTY + "=child");
        command.addAll(ClassArchive.flags(Path.of(classPath), args, flags == CONSOLE_FLAGS));
        command.add("-cp");
        command.add(classPath);
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** Any -X or -XX flag or an agent: the user tuned this JVM, so the command stays in it. System properties are passed on. */
    static boolean userChoseFlags(List<String> jvmArguments) {
        return jvmArguments.stream().anyMatch(a -> a.startsWith("-X") || a.startsWith("-agent")
                || a.startsWith("-javaagent"));
    }

    /**
     * Ctrl+C reaches both processes (one process group); the command handles it and exits, and
     * this process then returns the command's exit code rather than dying first.
     */
    @SuppressWarnings("removal")
    private static void ignoreInterrupt() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> { });
        } catch (IllegalArgumentException | LinkageError e) {
            // a platform without SIGINT: the default is fine there
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
