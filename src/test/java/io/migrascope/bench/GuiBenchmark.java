package io.migrascope.bench;

import io.migrascope.core.db.profile.ProfileImport;
import io.migrascope.core.db.profile.ProfileStore;
import io.migrascope.ui.app.UiMemory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The console's figures of issue 7 on N applied migrations (native layout): launch to an
 * interactive window showing the N rows, the longest FX pulse gap during a refresh, refresh time
 * against the CLI's {@code status} on the same database and folder, and the resident memory. Each
 * run is a fresh JVM of the real console, headless on Monocle with the software renderer, with its
 * own config folder holding one profile it opens at start. Not a test: run
 * {@code src/test/bench/gui.sh} (see docs/benchmarks.md).
 */
public final class GuiBenchmark {
    private static final String USAGE = """
            GuiBenchmark [--size 10000] [--runs 5] [--refreshes 5] [--url JDBC_URL] [--jar target/migrascope.jar]
                         [--work target/bench] [--jfr] [--console-jvm "-Xmx256m ..."]
              --runs       console launches measured, after one untimed warm-up launch
              --refreshes  F5 presses per launch
              --console-jvm  extra JVM options for the console (space-separated), to compare settings
              --jfr        record the first measured launch with Flight Recorder (gui-N.jfr in --work)""";

    private GuiBenchmark() {
    }

    public static void main(String[] args) {
        Bench.runAndExit(() -> run(args));
    }

    private static int run(String[] args) throws Exception {
        int size = 10_000;
        int runs = 5;
        int refreshes = 5;
        String url = null;
        Path jar = Path.of("target", "migrascope.jar");
        Path work = Path.of("target", "bench");
        boolean jfr = false;
        // The flags the product starts the console with (java -jar, javafx:run and the packaged app).
        List<String> consoleJvm = io.migrascope.CommandJvm.CONSOLE_FLAGS;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--size" -> size = Integer.parseInt(require(args[i], value));
                case "--runs" -> runs = Integer.parseInt(require(args[i], value));
                case "--refreshes" -> refreshes = Integer.parseInt(require(args[i], value));
                case "--url" -> url = require(args[i], value);
                case "--jar" -> jar = Path.of(require(args[i], value));
                case "--work" -> work = Path.of(require(args[i], value));
                case "--console-jvm" -> consoleJvm = List.of(require(args[i], value).trim().split("\\s+"));
                case "--jfr" -> {
                    jfr = true;
                    i--;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
            i++;
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " is missing; build it with mvn -DskipTests package");
        }
        work = work.toAbsolutePath();
        BenchServer server = BenchServer.of(url);
        Corpus corpus = Corpus.prepare(work, size);
        try (BenchDatabase db = server.create("gui_" + size)) {
            AppliedSchema.create(db, corpus);
            NativeTrackingRows.populate(db, corpus);
            Path config = work.resolve("gui-config");
            writeProfile(config, db, corpus);
            List<String> cli = List.of(ChildJava.executable(), "-jar", jar.toAbsolutePath().toString(), "status",
                    "--url", db.url(), "--dir", corpus.nativeDir().toString());

            String loadBefore = Machine.loadAverage();
            Bench.log("warm-up launch and status run (untimed)");
            launch(jar, config, db, size, refreshes, consoleJvm, null, work.resolve("gui-console-warmup.log"));
            timed(cli);
            List<Double> launches = new ArrayList<>();
            List<Double> refreshMs = new ArrayList<>();
            List<Double> pulses = new ArrayList<>();
            List<Double> pulseCpu = new ArrayList<>();
            List<Double> rssMib = new ArrayList<>();
            List<Double> heapUsedMib = new ArrayList<>();
            List<Double> heapCommittedMib = new ArrayList<>();
            List<Double> statusMs = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                Path recording = jfr && r == 0 ? work.resolve("gui-" + size + ".jfr") : null;
                Launch l = launch(jar, config, db, size, refreshes, consoleJvm, recording,
                        work.resolve("gui-console-" + (r + 1) + ".log"));
                launches.add(l.interactiveMs);
                refreshMs.addAll(l.refreshMs);
                pulses.addAll(l.longestPulseMs);
                pulseCpu.addAll(l.longestPulseCpuMs);
                rssMib.add(l.rssKib / 1024.0);
                heapUsedMib.add(l.heapUsedKib / 1024.0);
                heapCommittedMib.add(l.heapCommittedKib / 1024.0);
                statusMs.add(timed(cli));
                Bench.log(String.format(Locale.ROOT, "run %d/%d: interactive %.0f ms, refresh %s ms, longest pulse gap %s ms (FX CPU %s ms),"
                        + " RSS %.0f MiB (heap %.0f of %.0f MiB committed); CLI status %.0f ms", r + 1, runs, l.interactiveMs,
                        l.refreshMs, l.longestPulseMs, l.longestPulseCpuMs, l.rssKib / 1024.0, l.heapUsedKib / 1024.0, l.heapCommittedKib / 1024.0,
                        statusMs.get(statusMs.size() - 1)));
            }
            String report = String.format(Locale.ROOT, """
                    Machine:

                    %s- console JVM options: %s
                    - load average before / after: %s / %s

                    | N = %d, %d launches × %d refreshes | median | worst | goal |
                    |---|---|---|---|
                    | launch → window showing the rows | %.2f s | %.2f s | ≤ 2.5 s |
                    | longest FX pulse gap during a refresh (wall clock) | %.0f ms | %.0f ms | ≤ 100 ms |
                    | longest FX-thread CPU time between two pulses | %.0f ms | %.0f ms | |
                    | refresh (F5 → new rows drawn) | %.0f ms | %.0f ms | ≤ 1.2 × status |
                    | CLI `status` (whole process) | %.0f ms | %.0f ms | |
                    | refresh / status | %.2f | %.2f | ≤ 1.2 |
                    | resident memory (VmRSS) after the refreshes | %.0f MiB | %.0f MiB | ≤ 350 MiB |
                    | of which Java heap in use after a GC / committed | %.0f / %.0f MiB | %.0f / %.0f MiB | |
                    """, Machine.describe(server), consoleJvm.isEmpty() ? "(the JVM's defaults)" : String.join(" ", consoleJvm),
                    loadBefore, Machine.loadAverage(), size, runs, refreshes,
                    median(launches) / 1000, max(launches) / 1000, median(pulses), max(pulses), median(pulseCpu), max(pulseCpu),
                    median(refreshMs), max(refreshMs), median(statusMs), max(statusMs),
                    median(refreshMs) / median(statusMs), max(refreshMs) / median(statusMs),
                    median(rssMib), max(rssMib), median(heapUsedMib), median(heapCommittedMib), max(heapUsedMib),
                    max(heapCommittedMib));
            Files.writeString(work.resolve("gui-results.md"), report);
            System.out.println(report);
            return 0;
        }
    }

    /** One profile, remembered as the last one, so the console opens it at start as it would for its user. */
    private static void writeProfile(Path config, BenchDatabase db, Corpus corpus) throws IOException {
        Files.createDirectories(config);
        Files.deleteIfExists(config.resolve(ProfileStore.FILE_NAME));
        Files.deleteIfExists(config.resolve(UiMemory.FILE_NAME));
        new ProfileStore(config).save(ProfileImport.fromUrl(db.url()).profile().withName("bench")
                .withFolder(corpus.nativeDir().toString()));
        UiMemory memory = UiMemory.load(config);
        memory.update(s -> s.withLastProfile("bench"));
        memory.save();
    }

    private record Launch(double interactiveMs, List<Double> refreshMs, List<Double> longestPulseMs,
                          List<Double> longestPulseCpuMs, long rssKib,
                          long heapUsedKib, long heapCommittedKib) {
    }

    /**
     * The console as users get it: the application from the jar (so its scan cache persists between
     * launches, as it does for {@code java -jar} and the packaged app), plus the probe's own classes
     * and Monocle, the headless glass the jar does not carry.
     */
    private static String consoleClasspath(Path jar) {
        List<String> entries = new ArrayList<>();
        entries.add(jar.toAbsolutePath().toString());
        for (String entry : ChildJava.testClasspath().split(java.io.File.pathSeparator)) {
            if (entry.contains("test-classes") || entry.endsWith("gui-classes/test") || entry.contains("monocle")) {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static Launch launch(Path jar, Path config, BenchDatabase db, int size, int refreshes,
                                 List<String> consoleJvm, Path recording, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(ChildJava.executable(), "-cp", consoleClasspath(jar),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dheadless.geometry=1600x1000-32", "-Dmigrascope.config=" + config));
        command.addAll(consoleJvm);
        if (recording != null) {
            command.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile");
        }
        command.addAll(List.of(GuiProbe.class.getName(), Integer.toString(size), Integer.toString(refreshes), db.url()));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        double interactive = -1;
        long rss = -1;
        long heapUsed = -1;
        long heapCommitted = -1;
        List<Double> refreshMs = new ArrayList<>();
        List<Double> pulses = new ArrayList<>();
        List<Double> pulseCpu = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    // The parent's clock: from the launch command, JVM start included.
                    case "interactive" -> interactive = (System.nanoTime() - start) / 1e6;
                    case "refresh" -> {
                        refreshMs.add(Double.parseDouble(f[1]));
                        pulses.add(Double.parseDouble(f[2]));
                        pulseCpu.add(Double.parseDouble(f[3]));
                    }
                    case "rss" -> {
                        rss = Long.parseLong(f[1]);
                        heapUsed = Long.parseLong(f[3]);
                        heapCommitted = Long.parseLong(f[4]);
                    }
                    default -> Bench.log("console: " + line);
                }
            }
        }
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0 || interactive < 0 || refreshMs.size() != refreshes) {
            p.destroyForcibly();
            throw new IllegalStateException("the console run failed (exit " + (p.isAlive() ? "none" : p.exitValue())
                    + "); its output is in " + log + ": " + String.join(" ", command));
        }
        return new Launch(interactive, refreshMs, pulses, pulseCpu, rss, heapUsed, heapCommitted);
    }

    private static double timed(List<String> command) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("status did not report all applied: " + String.join(" ", command));
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double max(List<Double> values) {
        return Collections.max(values);
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return value;
    }
}
