package io.migrascope.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Issue 7's goals, judged on the medians of one harness run: the ratios between rows measured in
 * the same interleaved rounds, which is what the goals are stated in. A goal whose rows did not
 * run is left out; a ratio at a size the issue sets no goal for is shown without a verdict.
 */
final class Goals {
    private static final double RSS_LIMIT_MIB = 150;
    private static final double PROBE_LIMIT = 0.30;
    private static final double LINEAR_LIMIT = 12;
    private static final double APPLY_LIMIT = 0.5;

    private record Line(String goal, String shown, String limit, Boolean met) {
    }

    private final Results results;
    private final List<Line> lines = new ArrayList<>();

    private Goals(Results results) {
        this.results = results;
    }

    static String markdown(Results results, BenchOptions options) {
        Goals g = new Goals(results);
        g.status(options.sizes());
        g.apply(options.applySizes());
        return g.table();
    }

    private void status(List<Integer> sizes) {
        for (int n : sizes) {
            Double limit = n == 10_000 ? Double.valueOf(0.4) : n == 1_000 ? Double.valueOf(0.6) : null;
            ratio("status (flyway layout) / Flyway info, wall, N=" + count(n),
                    wall(MigrascopeFlywayStatus.LABEL, n), wall(FlywayInfo.LABEL, n), limit);
        }
        for (int n : sizes) {
            OptionalDouble withProbe = wall(MigrascopeFlywayStatus.LABEL, n);
            OptionalDouble without = wall(MigrascopeFlywayStatus.NO_PROBE_LABEL, n);
            if (withProbe.isPresent() && without.isPresent()) {
                double overhead = withProbe.getAsDouble() / without.getAsDouble() - 1;
                lines.add(new Line("catalog probe: status / status --no-probe − 1 (flyway layout), N=" + count(n),
                        String.format(Locale.ROOT, "%+.0f%%", overhead * 100),
                        n == 10_000 ? "≤ 30%" : "—", n == 10_000 ? overhead <= PROBE_LIMIT : null));
            }
        }
        OptionalDouble rss = results.medianRssMib(MigrascopeFlywayStatus.LABEL, 10_000);
        if (rss.isPresent()) {
            lines.add(new Line("status (flyway layout) peak RSS, N=10,000",
                    String.format(Locale.ROOT, "%.0f MiB", rss.getAsDouble()), "≤ 150 MiB",
                    rss.getAsDouble() <= RSS_LIMIT_MIB));
        }
        ratio("status (flyway layout) N=100,000 / N=10,000, wall", wall(MigrascopeFlywayStatus.LABEL, 100_000),
                wall(MigrascopeFlywayStatus.LABEL, 10_000), LINEAR_LIMIT);
    }

    private void apply(List<Integer> sizes) {
        for (int n : sizes) {
            ratio("apply / Flyway migrate, wall, N=" + count(n), wall(MigrascopeApply.LABEL, n),
                    wall(FlywayMigrate.LABEL, n), n == 1_000 ? Double.valueOf(APPLY_LIMIT) : null);
        }
        ratio("apply N=10,000 / N=1,000, wall", wall(MigrascopeApply.LABEL, 10_000),
                wall(MigrascopeApply.LABEL, 1_000), LINEAR_LIMIT);
    }

    private void ratio(String goal, OptionalDouble numerator, OptionalDouble denominator, Double limit) {
        if (numerator.isPresent() && denominator.isPresent()) {
            double r = numerator.getAsDouble() / denominator.getAsDouble();
            lines.add(new Line(goal, String.format(Locale.ROOT, "%.2f", r),
                    limit == null ? "—" : String.format(Locale.ROOT, "≤ %s", trim(limit)),
                    limit == null ? null : r <= limit));
        }
    }

    private OptionalDouble wall(String label, int size) {
        return results.medianWall(label, size);
    }

    private String table() {
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("| goal (issue 7) | measured | limit | verdict |\n|---|---:|---:|---|\n");
        for (Line l : lines) {
            md.append("| ").append(l.goal()).append(" | ").append(l.shown()).append(" | ").append(l.limit())
                    .append(" | ").append(l.met() == null ? "no goal at this N" : l.met() ? "met" : "missed")
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
