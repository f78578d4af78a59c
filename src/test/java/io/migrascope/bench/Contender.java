package io.migrascope.bench;

/**
 * One thing to time on a corpus. A new tool is one more implementation: make its database state,
 * prove with the tool's own checks that every migration counts as applied, and name the command.
 */
interface Contender {

    /** What {@code --contenders} selects by. */
    String id();

    /** The row label of the results table. */
    String label();

    /** Creates and fills this contender's database for the corpus, verifies it, and returns what to time. */
    Trial prepare(Corpus corpus, BenchServer server, BenchOptions options) throws Exception;
}
