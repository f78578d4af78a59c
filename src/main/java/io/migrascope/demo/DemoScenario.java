package io.migrascope.demo;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationState;
import java.io.IOException;
import java.util.List;

/**
 * One demo database: which sample it copies, which seed story it retells, and how it is put into
 * that story's broken state. {@link #build} replays the team's history — apply what they applied,
 * when they applied it, with the tool's own rows — and then leaves the files as they found them.
 */
interface DemoScenario {
    /** The sample folder ({@code migrations-sample/<sample>}) and its copy under {@code demo/migrations/}. */
    String sample();

    default String database() {
        return "demo_" + sample();
    }

    String toolId();

    /** The environment the database plays; the console opens a production one read-only. */
    default Environment environment() {
        return Environment.DEV;
    }

    /**
     * True for a further environment of a sample another story owns (staging, production): its
     * database is built on that story's folder as the story left it, and the folder is not copied again.
     */
    default boolean sharesFolder() {
        return false;
    }

    /** Where {@code --dir} points inside the copied sample: the sample itself, or a sub-folder. */
    default String dirInSample() {
        return "";
    }

    /** The seed stories it retells ("002", "001, 003"), or "" when it retells none. */
    String seed();

    String title();

    /** One paragraph: what happened, and what Migrascope shows for it. */
    String description();

    /** Every finding code the database shows; the tests hold the demo to exactly these. */
    List<FindingCode> findings();

    /** Every state its rows are in. */
    List<MigrationState> states();

    /**
     * Builds the broken state into the empty database {@link DemoBuild#create created} for it and
     * the fresh copy of the sample at {@link DemoBuild#dir}.
     */
    void build(DemoBuild build) throws IOException, DemoException;
}
