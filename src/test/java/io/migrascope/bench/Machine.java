package io.migrascope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the numbers were measured on, printed with them so a table never travels without it. */
final class Machine {
    private Machine() {
    }

    /**
     * The machine is shared with builds and test runs; the load average before and after the
     * timed rounds is the cheap evidence that nothing else competed for the cores meanwhile.
     */
    static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.isReadable(loadavg) ? Files.readString(loadavg).strip() : "unknown";
    }

    static String describe(BenchServer server) throws Exception {
        return "- CPUs (as the JVM sees them): " + Runtime.getRuntime().availableProcessors() + "\n"
                + "- memory: " + memTotal() + "\n"
                + "- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "\n"
                + "- java: " + javaVersion() + "\n"
                + "- PostgreSQL: " + server.version() + "\n";
    }

    private static String memTotal() throws IOException {
        Path meminfo = Path.of("/proc/meminfo");
        if (!Files.isReadable(meminfo)) {
            return "unknown";
        }
        for (String line : Files.readAllLines(meminfo)) {
            if (line.startsWith("MemTotal:")) {
                long kib = Long.parseLong(line.replaceAll("\\D", ""));
                return String.format("%.1f GiB", kib / 1024.0 / 1024.0);
            }
        }
        return "unknown";
    }

    /** What the child JVMs report, which is the runtime actually measured. */
    private static String javaVersion() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ChildJava.executable(), "-version").redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        p.waitFor(1, TimeUnit.MINUTES);
        return String.join(" / ", lines);
    }
}
