package io.migrascope.demo;

import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationState;
import java.io.IOException;
import java.util.List;

/**
 * Seed 004 on Drizzle: the schema was pushed with {@code drizzle-kit push}, so every table exists
 * while {@code drizzle.__drizzle_migrations} is empty, and {@code drizzle-kit migrate} fails with
 * "relation already exists".
 */
final class DrizzleScenario implements DemoScenario {
    private static final String OUT = "drizzle/";
    /** The entries whose tables were pushed: all but the two newest. */
    private static final List<String> PUSHED = List.of("0000_brave_wolverine", "0001_quiet_storm",
            "0002_lucky_cyclops", "0003_steady_rogue", "0004_clever_gambit", "0005_silent_magneto");
    /** Its journal entry came in with a merge; the file did not. */
    private static final String LOST = "0007_bright_beast.sql";

    @Override
    public String sample() {
        return "drizzle";
    }

    @Override
    public String toolId() {
        return "drizzle";
    }

    @Override
    public String seed() {
        return "004";
    }

    @Override
    public String title() {
        return "Drizzle: tables present, tracking empty (push instead of migrate)";
    }

    @Override
    public String description() {
        return "The team chat app on Drizzle. Production was set up with drizzle-kit push, which changes the schema"
                + " but records nothing, so the tables of migrations 0000-0005 all exist while"
                + " drizzle.__drizzle_migrations is empty: drizzle-kit migrate created that table, then failed on"
                + " \"relation already exists\" (seed 004). 0006 was generated after the push and is genuinely"
                + " pending. 0007 is listed in meta/_journal.json, but its .sql file was lost when a journal merge"
                + " conflict was resolved, so drizzle would stop on it. Sync marks exactly 0000-0005 applied with"
                + " the rows drizzle writes; once 0007's file is restored (or its entry removed), apply runs the rest.";
    }

    @Override
    public List<FindingCode> findings() {
        return List.of(FindingCode.TRACKING_EMPTY_SCHEMA_PRESENT, FindingCode.UNREADABLE_FILE, FindingCode.PENDING);
    }

    @Override
    public List<MigrationState> states() {
        return List.of(MigrationState.UNTRACKED, MigrationState.PENDING);
    }

    @Override
    public void build(DemoBuild b) throws IOException, DemoException {
        for (String tag : PUSHED) {
            b.runOutsideTool(OUT + tag + ".sql");
        }
        // drizzle-kit migrate creates its schema and table before its transaction; the migrations then rolled back.
        b.createTrackingTable();
        b.files().delete(OUT + LOST);
    }
}
