package io.migrascope.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The harness's command line; every option has a default so the plain command is the documented run. */
record BenchOptions(Suite suite, List<Integer> sizes, List<Integer> applySizes, List<Integer> flywayMigrateSizes,
                    int runs, String serverUrl, Path jar, Path workDir, List<String> contenders,
                    double maxOtherCores, int warmups) {

    /** Which rows to time: reading ({@code status} vs {@code info}), writing ({@code apply} vs {@code migrate}), or both. */
    enum Suite {
        STATUS, APPLY, ALL;

        boolean status() {
            return this != APPLY;
        }

        boolean apply() {
            return this != STATUS;
        }
    }

    static final String USAGE = """
            StatusBenchmark [--suite status|apply|all] [--sizes 1000,10000] [--apply-sizes 1000,10000]
                            [--flyway-migrate-sizes 1000] [--runs 5] [--url JDBC_URL]
                            [--jar target/migrascope.jar] [--work target/bench] [--contenders migrascope,flyway]
                            [--max-other-cores 0.25] [--warmups 1]
              --suite  status: migrascope status vs Flyway info (the default); apply: migrascope apply vs
                     Flyway migrate, each run into a new empty database; all: both.
              --sizes  N for the status suite.
              --apply-sizes  N for migrascope apply; --flyway-migrate-sizes  N for Flyway migrate, which
                     took 348 s at 10,000, so that size is opt-in.
              --url  an existing server database (its user may create databases); the harness creates and
                     drops its own databases there. Without it: the embedded PostgreSQL of the tests
                     (or MIGRASCOPE_TEST_DB_URL).
              --max-other-cores  a run during which other processes kept more cores than this busy on
                     average (runs under 1 s counted as 1 s) is redone, up to 20 times; 0 keeps every run.
              --warmups  untimed rounds before the timed ones.""";

    static BenchOptions parse(String[] args) {
        Suite suite = Suite.STATUS;
        List<Integer> sizes = List.of(1_000, 10_000);
        List<Integer> applySizes = List.of(1_000, 10_000);
        List<Integer> flywayMigrateSizes = List.of(1_000);
        int runs = 5;
        String url = null;
        Path jar = Path.of("target", "migrascope.jar");
        Path work = Path.of("target", "bench");
        List<String> contenders = List.of("migrascope", "flyway");
        double maxOtherCores = 0.25;
        int warmups = 1;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--suite" -> suite = suite(require(args[i], value));
                case "--sizes" -> sizes = ints(require(args[i], value));
                case "--apply-sizes" -> applySizes = ints(require(args[i], value));
                case "--flyway-migrate-sizes" -> flywayMigrateSizes = ints(require(args[i], value));
                case "--runs" -> runs = Integer.parseInt(require(args[i], value));
                case "--url" -> url = require(args[i], value);
                case "--jar" -> jar = Path.of(require(args[i], value));
                case "--work" -> work = Path.of(require(args[i], value));
                case "--contenders" -> contenders = List.of(require(args[i], value).split(","));
                case "--max-other-cores" -> maxOtherCores = Double.parseDouble(require(args[i], value));
                case "--warmups" -> warmups = Integer.parseInt(require(args[i], value));
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
            i++;
        }
        if (runs < 1 || warmups < 0 || invalid(sizes) || invalid(applySizes)
                || flywayMigrateSizes.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("--runs and every size must be at least 1\n" + USAGE);
        }
        return new BenchOptions(suite, sizes, applySizes, flywayMigrateSizes, runs, url, jar.toAbsolutePath(),
                work.toAbsolutePath(), contenders, maxOtherCores, warmups);
    }

    private static boolean invalid(List<Integer> sizes) {
        return sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1);
    }

    private static Suite suite(String value) {
        try {
            return Suite.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--suite is status, apply or all, not " + value + "\n" + USAGE);
        }
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return value;
    }

    private static List<Integer> ints(String csv) {
        List<Integer> out = new ArrayList<>();
        for (String s : csv.split(",")) {
            if (!s.isBlank()) {
                out.add(Integer.parseInt(s.strip().replace("_", "")));
            }
        }
        return out;
    }
}
