package io.migrascope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdicts under the benchmark table are what the lead reads first, so their arithmetic is pinned here. */
class GoalsTest {

    @Test
    void statusRatiosAreJudgedAgainstTheGoalOfTheirSize() {
        Results r = new Results();
        add(r, MigrascopeFlywayStatus.LABEL, 10_000, 0.80, 140);
        add(r, FlywayInfo.LABEL, 10_000, 2.50, 470);
        add(r, MigrascopeFlywayStatus.LABEL, 1_000, 0.70, 90);
        add(r, FlywayInfo.LABEL, 1_000, 1.00, 90);

        String md = Goals.markdown(r, options("--sizes", "1000,10000"));

        assertTrue(md.contains("| status (flyway layout) / Flyway info, wall, N=10,000 | 0.32 | ≤ 0.4 | met |"), md);
        assertTrue(md.contains("| status (flyway layout) / Flyway info, wall, N=1,000 | 0.70 | ≤ 0.6 | missed |"), md);
        assertTrue(md.contains("| status (flyway layout) peak RSS, N=10,000 | 140 MiB | ≤ 150 MiB | met |"), md);
    }

    @Test
    void probeOverheadAndLinearityUseTheMedians() {
        Results r = new Results();
        for (double wall : new double[] {1.25, 1.20, 9.0}) {
            add(r, MigrascopeFlywayStatus.LABEL, 10_000, wall, 160);
        }
        add(r, MigrascopeFlywayStatus.NO_PROBE_LABEL, 10_000, 1.00, 150);
        add(r, MigrascopeFlywayStatus.LABEL, 100_000, 16.25, 1200);

        String md = Goals.markdown(r, options("--sizes", "10000,100000"));

        assertTrue(md.contains("status --no-probe − 1 (flyway layout), N=10,000 | +25% | ≤ 30% | met |"), md);
        assertTrue(md.contains("| status (flyway layout) N=100,000 / N=10,000, wall | 13.00 | ≤ 12 | missed |"), md);
        assertTrue(md.contains("| status (flyway layout) peak RSS, N=10,000 | 160 MiB | ≤ 150 MiB | missed |"), md);
        assertFalse(md.contains("N=100,000 | +"), "no --no-probe row ran at 100,000: " + md);
    }

    @Test
    void applyIsComparedWithFlywayMigrateAndWithItselfTenTimesLarger() {
        Results r = new Results();
        add(r, MigrascopeApply.LABEL, 1_000, 5.0, 120);
        add(r, FlywayMigrate.LABEL, 1_000, 15.3, 130);
        add(r, MigrascopeApply.LABEL, 10_000, 55.0, 300);

        String md = Goals.markdown(r, options("--suite", "apply"));

        assertTrue(md.contains("| apply / Flyway migrate, wall, N=1,000 | 0.33 | ≤ 0.5 | met |"), md);
        assertTrue(md.contains("| apply N=10,000 / N=1,000, wall | 11.00 | ≤ 12 | met |"), md);
        assertFalse(md.contains("N=10,000 | 0."), "Flyway migrate did not run at 10,000: " + md);
    }

    @Test
    void aGoalWhoseRowsDidNotRunIsLeftOut() {
        Results r = new Results();
        add(r, MigrascopeFlywayStatus.LABEL, 10_000, 0.80, 140);

        String md = Goals.markdown(r, options("--contenders", "migrascope"));

        assertFalse(md.contains("Flyway info"), md);
        assertTrue(md.contains("peak RSS"), md);
    }

    @Test
    void theDefaultRunIsTheStatusSuiteWithFlywayMigrateOptInAtTenThousand() {
        BenchOptions o = BenchOptions.parse(new String[0]);
        assertEquals(BenchOptions.Suite.STATUS, o.suite());
        assertEquals(List.of(1_000, 10_000), o.applySizes());
        assertEquals(List.of(1_000), o.flywayMigrateSizes());
    }

    private static void add(Results r, String label, int size, double wall, long rssMib) {
        r.add(label, size, new Sample(wall, rssMib * 1024, wall, 0), 0);
    }

    private static BenchOptions options(String... args) {
        return BenchOptions.parse(args);
    }
}
