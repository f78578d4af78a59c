package io.migrascope.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times the {@code status} command as a user runs it, a fresh JVM per run, on generated folders
 * of N migrations against databases that track all N as applied. Not a test: run it through
 * {@code src/test/bench/run.sh} (see docs/benchmarks.md).
 */
public final class StatusBenchmark {
    /** Every contender the harness knows; {@code --contenders} picks by id. */
    private static final List<Contender> CONTENDERS = List.of(new MigrascopeStatus(), new FlywayInfo());
    private static final String FLOOR = "JVM start alone (java -version)";
    private static final int MAX_REDOS = 20;

    private StatusBenchmark() {
    }

    public static void main(String[] args) {
        // Exits explicitly: under exec:java this is Maven's JVM, and the exit is what runs TestPostgres's
        // shutdown hook, which stops the embedded server.
        Bench.runAndExit(() -> run(BenchOptions.parse(args)));
    }

    private static int run(BenchOptions options) throws Exception {
        if (!Files.isRegularFile(options.jar())) {
            throw new IllegalArgumentException(options.jar() + " is missing; build it with mvn -DskipTests package");
        }
        if (!Files.isExecutable(TimedProcess.GNU_TIME)) {
            throw new IllegalArgumentException("GNU time is needed at " + TimedProcess.GNU_TIME);
        }
        BenchServer server = BenchServer.of(options.serverUrl());
        List<Contender.Prepared> prepared = new ArrayList<>();
        try {
            List<Trial> trials = new ArrayList<>();
            for (int size : options.sizes()) {
                Corpus corpus = Corpus.prepare(options.workDir(), size);
                for (Contender c : CONTENDERS) {
                    if (options.contenders().contains(c.id())) {
                        Contender.Prepared p = c.prepare(corpus, server, options);
                        prepared.add(p);
                        trials.addAll(p.trials());
                    }
                }
            }
            String loadBefore = Machine.loadAverage();
            Results results = measure(trials, options);
            String report = "Machine:\n\n" + Machine.describe(server)
                    + "- /proc/loadavg before / after the timed rounds: " + loadBefore + " / " + Machine.loadAverage()
                    + "\n\n" + results.markdown();
            Files.writeString(options.workDir().resolve("results.md"), report);
            System.out.println(report);
            return 0;
        } finally {
            for (Contender.Prepared p : prepared) {
                p.database().close();
            }
        }
    }

    /**
     * Round-robin, one run of everything per round and a shifted order each round, so slow drift
     * of the machine (thermal, page cache, a neighbour) spreads over all rows instead of one.
     */
    private static Results measure(List<Trial> trials, BenchOptions options) throws Exception {
        TimedProcess timer = new TimedProcess(options.workDir().resolve("scratch"));
        Results results = new Results();
        List<String> floor = List.of(ChildJava.executable(), "-version");
        // Cold JVM, warm machine: the first process after setup also pays for page-cache and
        // PostgreSQL buffer misses that a person running status twice would not see.
        for (int w = 0; w < options.warmups(); w++) {
            timer.run(floor);
            for (Trial t : trials) {
                timer.run(t.command());
            }
        }
        for (int round = 0; round < options.runs(); round++) {
            results.add(FLOOR, 0, quietRun(timer, floor, FLOOR, 0, options, results), options.maxOtherCores());
            List<Trial> order = new ArrayList<>(trials);
            Collections.rotate(order, -round);
            for (Trial t : order) {
                Sample s = quietRun(timer, t.command(), t.label(), t.size(), options, results);
                Bench.log(String.format("round %d/%d  %-30s N=%-7d %6.2f s %8d KiB  cpu %5.2f s  other %5.2f s",
                        round + 1, options.runs(), t.label(), t.size(), s.wallSeconds(), s.maxRssKib(),
                        s.cpuSeconds(), s.otherCpuSeconds()));
                results.add(t.label(), t.size(), s, options.maxOtherCores());
            }
        }
        return results;
    }

    /**
     * The machine this was written on is shared with builds and other sessions; a run that had to
     * share the two cores measures the neighbour, not the command, so it is redone after a pause
     * (growing to 30 s, about eight minutes in all). A run still noisy then is kept, and counted.
     */
    private static Sample quietRun(TimedProcess timer, List<String> command, String label, int size,
                                   BenchOptions options, Results results) throws Exception {
        Sample s = timer.run(command);
        for (int retry = 0; s.noisy(options.maxOtherCores()) && retry < MAX_REDOS; retry++) {
            Bench.log(String.format("other processes used %.2f s of CPU during %s N=%d (%.2f s); redoing it",
                    s.otherCpuSeconds(), label, size, s.wallSeconds()));
            results.redone(label, size);
            Thread.sleep(Math.min(30_000, 3_000L * (retry + 1)));
            s = timer.run(command);
        }
        return s;
    }
}
