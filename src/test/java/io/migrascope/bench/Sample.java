package io.migrascope.bench;

/** One timed child process, as GNU time saw it. */
record Sample(double wallSeconds, long maxRssKib) {
}
