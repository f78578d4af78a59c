package io.migrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.demo.DemoDatabase;
import io.migrascope.demo.DemoWorkspace;
import io.migrascope.demo.ProgressListener;
import io.migrascope.testing.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} on the demo's native dev, staging and production: the environment story a newcomer tries. */
class CompareDemoCommandTest {
    @TempDir
    Path home;

    @Test
    void theGridShowsStagingAheadAndProductionBehindAndThePromotionWarnsAbout004() throws Exception {
        try (DemoWorkspace demo = DemoWorkspace.open(home, ProgressListener.NONE)) {
            List<DemoDatabase> natives = demo.databases().stream().filter(d -> d.folder().equals(
                    demo.database("demo_native").orElseThrow().folder())).toList();
            assertEquals(List.of("demo_native", "demo_native_staging", "demo_native_production"),
                    natives.stream().map(DemoDatabase::name).toList(), "three databases share the native folder");
            List<String> args = new ArrayList<>(List.of("compare", "--dir", natives.get(0).folder().toString(),
                    "--promote", "staging:production"));
            for (DemoDatabase d : natives) {
                args.add("--env");
                args.add(d.environment() + "=" + d.postgresUrl());
            }

            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertEquals(2, run.exitCode(), run.toString());
            assertRow(run, "010", "FAILED", "APPLIED", "PENDING");
            assertRow(run, "007", "APPLIED", "APPLIED", "PENDING");
            assertRow(run, "004", "DRIFTED_COSMETIC", "DRIFTED_COSMETIC", "PENDING");
            assertRow(run, "002", "APPLIED", "APPLIED", "APPLIED");
            assertTrue(run.out().contains("Promotion staging -> production: apply on production would run 004, 007,"
                    + " 008, 009, 010"), run.out());
            assertTrue(run.out().contains("WARNING 004 (direct_messaging_system): production would get the file as"
                    + " it is now"), run.out());
        }
    }

    /** The grid line of {@code version}: marked as differing unless every state is the same. */
    private static void assertRow(CliRun run, String version, String dev, String staging, String production) {
        String line = run.out().lines().filter(l -> l.length() > 4 && l.substring(4).startsWith(version + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + version + " in\n" + run.out()));
        List<String> words = List.of(line.substring(4).trim().split("\\s+"));
        assertEquals(List.of(dev, staging, production), words.subList(words.size() - 3, words.size()), line);
        boolean differs = !(dev.equals(staging) && staging.equals(production));
        assertEquals(differs, line.startsWith("≠"), line);
    }
}
