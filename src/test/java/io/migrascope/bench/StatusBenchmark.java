package io.migrascope.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Times Migrascope's commands as a user runs them, a fresh JVM per run, beside Flyway's on the
 * same files: {@code status} against databases that track all N migrations as applied (the
 * {@code status} suite), and {@code apply} of N files into empty databases (the {@code apply}
 * suite). Not a test: run it through {@code src/test/bench/run.sh} (see docs/benchmarks.md).
 */
public final class StatusBenchmark {
    /** Every contender the harness knows, per suite; {@code --contenders} picks by id. */
    private static final List<Contender> STATUS = List.of(new MigrascopeStatus(), new MigrascopeFlywayStatus(),
            new FlywayInfo());
    private static final List<Contender> APPLY = List.of(new MigrascopeApply(), new FlywayMigrate());
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
        List<Contender> contenders = selected(options);
        BenchServer server = BenchServer.of(options.serverUrl());
        try (BenchDatabases databases = new BenchDatabases(server, options)) {
            TreeSet<Integer> sizes = new TreeSet<>();
            contenders.forEach(c -> sizes.addAll(c.sizes(options)));
            List<Trial> trials = new ArrayList<>();
            for (int size : sizes) {
                Corpus corpus = Corpus.prepare(options.workDir(), size);
                for (Contender c : contenders) {
                    if (c.sizes(options).contains(size)) {
                        trials.addAll(c.prepare(corpus, databases, options));
                    }
                }
            }
            String loadBefore = Machine.loadAverage();
            Results results = measure(trials, options);
            String goals = Goals.markdown(results, options);
            String report = "Machine:\n\n" + Machine.describe(server)
                    + "- /proc/loadavg before / after the timed rounds: " + loadBefore + " / " + Machine.loadAverage()
                    + "\n\n" + results.markdown() + (goals.isEmpty() ? "" : "\n" + goals);
            Files.writeString(options.workDir().resolve("results.md"), report);
            System.out.println(report);
            return 0;
        }
    }

    private static List<Contender> selected(BenchOptions options) {
        List<Contender> all = new ArrayList<>();
        if (options.suite().status()) {
            all.addAll(STATUS);
        }
        if (options.suite().apply()) {
            all.addAll(APPLY);
        }
        return all.stream().filter(c -> options.contenders().contains(c.id())).toList();
    }

    /**
     * Round-robin, one run of everything per round and a shifted order each round, so slow drift
     * of the machine (thermal, page cache, a neighbour) spreads over all rows instead of one.
     */
    private static Results measure(List<Trial> trials, BenchOptions options) throws Exception {
        TimedProcess timer = new TimedProcess(options.workDir().resolve("scratch"));
        Results results = new Results();
        Trial floor = Trial.repeated(FLOOR, 0, List.of(ChildJava.executable(), "-version"));
        // Cold JVM, warm machine: the first process after setup also pays for page-cache and
        // PostgreSQL buffer misses that a person running status twice would not see.
        for (int w = 0; w < options.warmups(); w++) {
            timeOnce(timer, floor);
            for (Trial t : trials) {
                timeOnce(timer, t);
            }
        }
        for (int round = 0; round < options.runs(); round++) {
            results.add(FLOOR, 0, quietRun(timer, floor, options, results), options.maxOtherCores());
            List<Trial> order = new ArrayList<>(trials);
            Collections.rotate(order, -round);
            for (Trial t : order) {
                Sample s = quietRun(timer, t, options, results);
                Bench.log(String.format("round %d/%d  %-45s N=%-7d %6.2f s %8d KiB  cpu %5.2f s  other %5.2f s",
                        round + 1, options.runs(), t.label(), t.size(), s.wallSeconds(), s.maxRssKib(),
                        s.cpuSeconds(), s.otherCpuSeconds()));
                results.add(t.label(), t.size(), s, options.maxOtherCores());
            }
        }
        return results;
    }

    /** One run: its untimed setup, the timed command, then the untimed check and clean-up. */
    private static Sample timeOnce(TimedProcess timer, Trial trial) throws Exception {
        try (Trial.Run run = trial.setup().start()) {
            Sample s = timer.run(run.command());
            run.check();
            return s;
        }
    }

    /**
     * The machine this was written on is shared with builds and other sessions; a run that had to
     * share the two cores measures the neighbour, not the command, so it is redone after a pause
     * (growing to 30 s, about eight minutes in all). A run still noisy then is kept, and counted.
     */
    private static Sample quietRun(TimedProcess timer, Trial trial, BenchOptions options, Results results)
            throws Exception {
        Sample s = timeOnce(timer, trial);
        for (int retry = 0; s.noisy(options.maxOtherCores()) && retry < MAX_REDOS; retry++) {
            Bench.log(String.format("other processes used %.2f s of CPU during %s N=%d (%.2f s); redoing it",
                    s.otherCpuSeconds(), trial.label(), trial.size(), s.wallSeconds()));
            results.redone(trial.label(), trial.size());
            Thread.sleep(Math.min(30_000, 3_000L * (retry + 1)));
            s = timeOnce(timer, trial);
        }
        return s;
    }
}
