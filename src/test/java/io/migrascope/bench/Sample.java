package io.migrascope.bench;

/**
 * One timed child process, as GNU time saw it, plus the CPU the rest of the machine used while it
 * ran (the PostgreSQL server answering it included): a large value means the sample competed
 * with something else for the cores.
 */
record Sample(double wallSeconds, long maxRssKib, double cpuSeconds, double otherCpuSeconds) {

    /**
     * Whether something else kept more than {@code cores} busy on average. Short runs are judged as
     * if they took a second: starting a process and a PostgreSQL backend costs a few ticks of
     * other CPU by itself, and /proc/stat counts in 10 ms ticks.
     */
    boolean noisy(double cores) {
        return cores > 0 && otherCpuSeconds > cores * Math.max(wallSeconds, 1.0);
    }
}
