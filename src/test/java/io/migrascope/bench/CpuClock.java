package io.migrascope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Busy CPU time of the whole machine, from the first line of /proc/stat, less the database server's:
 * the server executing a command's SQL is part of that command's work, not noise beside it (apply
 * runs 1,000 files' DDL there).
 */
final class CpuClock {
    private static final Path STAT = Path.of("/proc/stat");
    /** USER_HZ; 100 on every Linux architecture the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private CpuClock() {
    }

    /** Seconds of busy CPU summed over all cores since boot, or NaN where /proc/stat is absent. */
    static double busySeconds() throws IOException {
        if (!Files.isReadable(STAT)) {
            return Double.NaN;
        }
        String[] f = Files.readAllLines(STAT).get(0).trim().split("\\s+");
        // user nice system idle iowait irq softirq steal: everything but idle and iowait is busy.
        long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                + Long.parseLong(f[7]) + Long.parseLong(f[8]);
        return busy / TICKS_PER_SECOND - serverSeconds();
    }

    /**
     * CPU seconds used so far by the processes named {@code postgres}: each one's own time, and the
     * time of its children that have exited (a backend's, once the postmaster has reaped it).
     */
    static double serverSeconds() throws IOException {
        long ticks = 0;
        try (var procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path proc : procs) {
                try {
                    String stat = Files.readString(proc.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close);
                    if (!name.equals("postgres")) {
                        continue;
                    }
                    // After "pid (comm) ": state is field 3; utime, stime, cutime, cstime are 14 to 17.
                    String[] f = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                            + Long.parseLong(f[14]);
                } catch (IOException | RuntimeException gone) {
                    // The process ended between the listing and the read.
                }
            }
        }
        return ticks / TICKS_PER_SECOND;
    }
}
