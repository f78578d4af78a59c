package io.migrascope.bench;

import java.util.List;

/**
 * One tool to time on a corpus. A new tool is one more implementation: make its database state,
 * prove with the tool's own checks that every migration counts as applied, and name the commands.
 */
interface Contender {

    /** What {@code --contenders} selects by. */
    String id();

    /** The values of N this contender runs at; the status rows follow {@code --sizes}. */
    default List<Integer> sizes(BenchOptions options) {
        return options.sizes();
    }

    /**
     * Makes and fills what the corpus needs (databases from {@code databases} live until the
     * harness ends), verifies it, and says what to time.
     */
    List<Trial> prepare(Corpus corpus, BenchDatabases databases, BenchOptions options) throws Exception;
}
