package io.migrascope.demo;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationState;
import java.io.IOException;
import java.util.List;

/**
 * Staging of the native story's chat app: it got every release dev got, and 010's index too,
 * because no report query held the table there. Compared with dev and production it is the column
 * that is ahead; its 004 ran before someone re-saved the file, so it shares dev's cosmetic drift.
 */
final class NativeStagingScenario implements DemoScenario {
    @Override
    public String sample() {
        return "native";
    }

    @Override
    public String database() {
        return "demo_native_staging";
    }

    @Override
    public String toolId() {
        return "native";
    }

    @Override
    public Environment environment() {
        return Environment.STAGING;
    }

    @Override
    public boolean sharesFolder() {
        return true;
    }

    @Override
    public String seed() {
        return "";
    }

    @Override
    public String title() {
        return "staging of the native app: ahead, 001-010 applied";
    }

    @Override
    public String description() {
        return "Staging of the same chat app, on the same folder as demo_native. Every release reached it,"
                + " including 010's index, which went through because nothing held the table. It shows the folder's"
                + " duplicate versions and 004's re-saved line endings like dev does, and nothing failed. Open View"
                + " ▸ Compare environments… to see it next to dev and production.";
    }

    @Override
    public List<FindingCode> findings() {
        return List.of(FindingCode.DUPLICATE_VERSION, FindingCode.COSMETIC_DRIFT, FindingCode.IGNORED_FILE);
    }

    @Override
    public List<MigrationState> states() {
        return List.of(MigrationState.APPLIED, MigrationState.DUPLICATE, MigrationState.DRIFTED_COSMETIC);
    }

    @Override
    public void build(DemoBuild b) throws IOException, DemoException {
        b.apply(NativeReleases.asDeployed(b, 10), 10);
    }
}
