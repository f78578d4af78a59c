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
    private static final List<Contender> CONTENDERS = List.of(
            new MigrascopeStatus(false),
            new MigrascopeStatus(true),
            new FlywayInfo());
    private static final String FLOOR = "JVM start alone (java -version)";

    private StatusBenchmark() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(BenchOptions.parse(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            code = 64;
        } catch (Exception e) {
            e.printStackTrace();
            code = 1;
        }
        // Explicit exit: under exec:java this is Maven's JVM, and the exit is what runs TestPostgres's
        // shutdown hook, which stops the embedded server.
        System.exit(code);
    }

    private static int run(BenchOptions options) throws Exception {
        if (!Files.isRegularFile(options.jar())) {
            throw new IllegalArgumentException(options.jar() + " is missing; build it with mvn -DskipTests package");
        }
        if (!Files.isExecutable(TimedProcess.GNU_TIME)) {
            throw new IllegalArgumentException("GNU time is needed at " + TimedProcess.GNU_TIME);
        }
        BenchServer server = BenchServer.of(options.serverUrl());
        List<Trial> trials = new ArrayList<>();
        try {
            for (int size : options.sizes()) {
                Corpus corpus = Corpus.prepare(options.workDir(), size);
                for (Contender c : CONTENDERS) {
                    if (options.contenders().contains(c.id())) {
                        trials.add(c.prepare(corpus, server, options));
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
            for (Trial t : trials) {
                t.close();
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
        for (int round = 0; round < options.runs(); round++) {
            results.add(FLOOR, 0, timer.run(floor));
            List<Trial> order = new ArrayList<>(trials);
            Collections.rotate(order, -round);
            for (Trial t : order) {
                Sample s = timer.run(t.command());
                Bench.log(String.format("round %d/%d  %-30s N=%-7d %6.2f s %8d KiB", round + 1, options.runs(),
                        t.label(), t.size(), s.wallSeconds(), s.maxRssKib()));
                results.add(t.label(), t.size(), s);
            }
        }
        return results;
    }
}
