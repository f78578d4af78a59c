package io.migrascope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Busy CPU time of the whole machine, from the first line of /proc/stat. */
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
        return busy / TICKS_PER_SECOND;
    }
}
