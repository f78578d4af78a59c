package io.migrascope.bench;

import java.util.List;

/**
 * One tool to time on a corpus. A new tool is one more implementation: make its database state,
 * prove with the tool's own checks that every migration counts as applied, and name the commands.
 */
interface Contender {

    /** What {@code --contenders} selects by. */
    String id();

    /** Creates and fills this contender's database for the corpus, verifies it, and says what to time. */
    Prepared prepare(Corpus corpus, BenchServer server, BenchOptions options) throws Exception;

    /** The commands to time, and the database they need until the harness ends. */
    record Prepared(BenchDatabase database, List<Trial> trials) {
    }
}
