package io.migrascope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Times {@code compare} over many tenant databases that share one folder, as a release manager runs
 * it: a fresh JVM per run, one embedded server, every database given by {@code --env}. Some tenants
 * are behind, one drifted, one failed, so the comparison has something to find. Not a test: run it
 * through {@code src/test/bench/compare.sh} (see docs/benchmarks.md).
 */
public final class CompareBenchmark {
    private static final int BEHIND_EVERY = TenantDatabases.BEHIND_EVERY;
    private static final int BEHIND_BY = TenantDatabases.BEHIND_BY;
    private static final int DRIFTED_TENANT = TenantDatabases.DRIFTED_TENANT;
    private static final int DRIFTED_MIGRATION = TenantDatabases.DRIFTED_MIGRATION;
    private static final int FAILED_TENANT = TenantDatabases.FAILED_TENANT;
    private static final int FAILED_MIGRATION = TenantDatabases.FAILED_MIGRATION;

    private CompareBenchmark() {
    }

    /** The harness's options; all have defaults, so the plain command is the documented run. */
    record Options(int databases, int migrations, int runs, String serverUrl, Path jar, Path workDir) {
        static final String USAGE = "CompareBenchmark [--databases 200] [--migrations 80] [--runs 5] [--url JDBC_URL]"
                + " [--jar target/migrascope.jar] [--work target/bench]";

        static Options parse(String[] args) {
            Map<String, String> v = new LinkedHashMap<>(Map.of("--databases", "200", "--migrations", "80",
                    "--runs", "5", "--jar", "target/migrascope.jar", "--work", "target/bench"));
            for (int i = 0; i < args.length; i += 2) {
                if (!(v.containsKey(args[i]) || args[i].equals("--url")) || i + 1 >= args.length) {
                    throw new IllegalArgumentException("unknown option or missing value: " + args[i] + "\n" + USAGE);
                }
                v.put(args[i], args[i + 1]);
            }
            Options o = new Options(Integer.parseInt(v.get("--databases")), Integer.parseInt(v.get("--migrations")),
                    Integer.parseInt(v.get("--runs")), v.get("--url"), Path.of(v.get("--jar")).toAbsolutePath(),
                    Path.of(v.get("--work")).toAbsolutePath());
            if (o.databases < FAILED_TENANT || o.migrations < FAILED_MIGRATION || o.runs < 1) {
                throw new IllegalArgumentException("--databases must be at least " + FAILED_TENANT + ", --migrations at"
                        + " least " + FAILED_MIGRATION + ", --runs at least 1\n" + USAGE);
            }
            return o;
        }
    }

    public static void main(String[] args) {
        Bench.runAndExit(() -> run(Options.parse(args)));
    }

    private static int run(Options options) throws Exception {
        if (!Files.isRegularFile(options.jar())) {
            throw new IllegalArgumentException(options.jar() + " is missing; build it with mvn -DskipTests package");
        }
        BenchServer server = BenchServer.of(options.serverUrl());
        Corpus corpus = Corpus.prepare(options.workDir(), options.migrations());
        TenantDatabases tenants = new TenantDatabases(server);
        try {
            long start = System.nanoTime();
            Map<String, String> urls = tenants.create(corpus, options.databases());
            Bench.log(String.format("created %d databases in %.1f s", urls.size(), (System.nanoTime() - start) / 1e9));
            verify(command(options, corpus, urls, List.of("--json")), corpus, options);
            Map<String, List<String>> rows = new LinkedHashMap<>();
            rows.put("migrascope compare (--parallel 8, the default)", command(options, corpus, urls, List.of()));
            rows.put("migrascope compare --json", command(options, corpus, urls, List.of("--json")));
            rows.put("migrascope compare --parallel 1", command(options, corpus, urls, List.of("--parallel", "1")));
            rows.put("migrascope compare --parallel 16", command(options, corpus, urls, List.of("--parallel", "16")));
            String loadBefore = Machine.loadAverage();
            String table = measure(rows, options);
            String report = "Machine:\n\n" + Machine.describe(server) + "- /proc/loadavg before / after: " + loadBefore
                    + " / " + Machine.loadAverage() + "\n\n" + options.databases() + " databases, " + options.migrations()
                    + " migrations\n\n" + table;
            Files.writeString(options.workDir().resolve("compare-results.md"), report);
            System.out.println(report);
            return 0;
        } finally {
            tenants.drop();
        }
    }

    private static String version(Corpus corpus, int number) {
        return TenantDatabases.version(corpus, number);
    }

    private static List<String> command(Options options, Corpus corpus, Map<String, String> urls, List<String> extra) {
        List<String> command = new ArrayList<>(List.of(ChildJava.executable(), "-jar", options.jar().toString(),
                "compare", "--dir", corpus.nativeDir().toString()));
        urls.forEach((name, url) -> command.addAll(List.of("--env", name + "=" + url)));
        command.addAll(extra);
        return command;
    }

    /**
     * A timing only means something if the comparison found what was made: every database read, and
     * exactly the behind, drifted and failed migrations differing, in the expected states.
     */
    private static void verify(List<String> command, Corpus corpus, Options options) throws Exception {
        Path out = options.workDir().resolve("verify-compare.json");
        Path err = options.workDir().resolve("verify-compare.err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("compare did not finish");
        }
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        long read = 0;
        for (JsonNode env : doc.get("environments")) {
            read += env.get("read").asBoolean() ? 1 : 0;
        }
        TreeSet<String> differing = new TreeSet<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (JsonNode m : doc.get("migrations")) {
            if (m.get("differs").asBoolean()) {
                differing.add(m.get("version").asText());
            }
            seen.put(m.get("version").asText() + "@7", m.get("cells").get(DRIFTED_TENANT - 1).get("state").asText());
            seen.put(m.get("version").asText() + "@13", m.get("cells").get(FAILED_TENANT - 1).get("state").asText());
            seen.put(m.get("version").asText() + "@10", m.get("cells").get(BEHIND_EVERY - 1).get("state").asText());
        }
        TreeSet<String> expected = new TreeSet<>(Arrays.asList(version(corpus, DRIFTED_MIGRATION),
                version(corpus, FAILED_MIGRATION)));
        for (int n = corpus.size() - BEHIND_BY + 1; n <= corpus.size(); n++) {
            expected.add(version(corpus, n));
        }
        boolean ok = p.exitValue() == 2 && read == options.databases() && differing.equals(expected)
                && "DRIFTED".equals(seen.get(version(corpus, DRIFTED_MIGRATION) + "@7"))
                && "FAILED".equals(seen.get(version(corpus, FAILED_MIGRATION) + "@13"))
                && "PENDING".equals(seen.get(version(corpus, corpus.size()) + "@10"));
        if (!ok) {
            throw new IllegalStateException("compare did not find what was made (exit " + p.exitValue() + ", " + read
                    + " of " + options.databases() + " read, differing " + differing + ", expected " + expected
                    + "); see " + out + " and " + err);
        }
        Bench.log("verified: exit 2, " + read + " databases read, differing " + differing);
    }

    /**
     * Round-robin with a rotating order, as in the status benchmark. No noise guard: the other CPU
     * (the machine's, less the PostgreSQL server's) is reported, not judged.
     */
    private static String measure(Map<String, List<String>> rows, Options options) throws Exception {
        TimedProcess timer = new TimedProcess(options.workDir().resolve("scratch"));
        for (List<String> command : rows.values()) {
            timer.run(command, 2); // warm-up: page cache and the server's buffers, as on a second run
        }
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        rows.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
        for (int round = 0; round < options.runs(); round++) {
            List<String> order = new ArrayList<>(rows.keySet());
            Collections.rotate(order, -round);
            for (String label : order) {
                Sample s = timer.run(rows.get(label), 2);
                samples.get(label).add(s);
                Bench.log(String.format("round %d/%d  %-50s %6.2f s %8d KiB  cpu %5.2f s  other %5.2f s", round + 1,
                        options.runs(), label, s.wallSeconds(), s.maxRssKib(), s.cpuSeconds(), s.otherCpuSeconds()));
            }
        }
        StringBuilder table = new StringBuilder("| command | runs | median wall (s) | wall min–max (s) | median CPU"
                + " user+sys (s) | median max RSS (MiB) | median other CPU on the machine, PostgreSQL left out (s) |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        samples.forEach((label, list) -> {
            double[] wall = list.stream().mapToDouble(Sample::wallSeconds).sorted().toArray();
            double[] cpu = list.stream().mapToDouble(Sample::cpuSeconds).sorted().toArray();
            double[] rss = list.stream().mapToDouble(s -> s.maxRssKib() / 1024.0).sorted().toArray();
            double[] other = list.stream().mapToDouble(Sample::otherCpuSeconds).sorted().toArray();
            table.append(String.format("| %s | %d | %.2f | %.2f–%.2f | %.2f | %.0f | %.2f |%n", label, list.size(),
                    Results.median(wall), wall[0], wall[wall.length - 1], Results.median(cpu), Results.median(rss),
                    Results.median(other)));
        });
        return table.toString();
    }
}
