package io.migrascope.demo;

import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationState;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Flyway's everyday validate failures: a migration edited after it ran ("checksum mismatch") and
 * one that ran but whose file was deleted ("applied migration not resolved locally"), beside a
 * repeatable view changed since it ran — which Flyway simply runs again — and a new migration.
 */
final class FlywayScenario implements DemoScenario {
    /** Demo data for the first environments; removed from the repository once it had run everywhere. */
    private static final String SEED_DATA = "V1_2__seed_demo_organization.sql";
    private static final String SEED_SQL = "-- Sample organization for the first test environments.\n"
            + "INSERT INTO organizations (name, slug) VALUES ('Acme Support', 'acme-support');\n";

    @Override
    public String sample() {
        return "flyway";
    }

    @Override
    public String toolId() {
        return "flyway";
    }

    @Override
    public String dirInSample() {
        return "sql";
    }

    @Override
    public String seed() {
        // Not a seed story: the two errors every Flyway user meets first.
        return "";
    }

    @Override
    public String title() {
        return "Flyway: checksum mismatch and an applied migration without a file";
    }

    @Override
    public String description() {
        return "The team chat app on Flyway. V1 to V3, a seed-data migration V1_2 and the repeatable view"
                + " R__request_overview ran. Since then V2 was edited in place (the title limit went from 200 to"
                + " 300 characters), so flyway validate fails with \"Migration checksum mismatch for migration"
                + " version 2\", and V1_2 was deleted from the repository, so it also fails with \"Detected applied"
                + " migration not resolved locally: 1.2\". The repeatable view R__request_overview now also shows"
                + " updated_at; a changed repeatable is not drift to Flyway, it runs again on the next migrate, so"
                + " it is pending beside the new V4. Restore V2 and put the change in V5, and delete the tracking row"
                + " of 1.2 (Flyway's repair would mark it deleted).";
    }

    @Override
    public List<FindingCode> findings() {
        return List.of(FindingCode.CHECKSUM_DRIFT, FindingCode.MISSING_FILE, FindingCode.PENDING);
    }

    @Override
    public List<MigrationState> states() {
        return List.of(MigrationState.APPLIED, MigrationState.DRIFTED, MigrationState.MISSING_FILE,
                MigrationState.PENDING);
    }

    @Override
    public void build(DemoBuild b) throws IOException, DemoException {
        b.apply(b.stage(f -> !f.startsWith("V4__"), Map.of(SEED_DATA, SEED_SQL)), 6);
        b.files().replace("V2__requests.sql", "BETWEEN 3 AND 200", "BETWEEN 3 AND 300");
        b.files().replace("R__request_overview.sql", "       r.created_at\n", "       r.created_at,\n       r.updated_at\n");
    }
}
