package io.migrascope.demo;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationState;
import java.io.IOException;
import java.util.List;

/**
 * Production of the native story's chat app: two releases behind staging, only 001-003 applied.
 * The next promotion would run 004 as the file is now, with the line endings someone re-saved,
 * while staging ran the original: the promotion preview says so.
 */
final class NativeProductionScenario implements DemoScenario {
    @Override
    public String sample() {
        return "native";
    }

    @Override
    public String database() {
        return "demo_native_production";
    }

    @Override
    public String toolId() {
        return "native";
    }

    @Override
    public Environment environment() {
        return Environment.PRODUCTION;
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
        return "production of the native app: behind, 001-003 applied";
    }

    @Override
    public String description() {
        return "Production of the same chat app, on the same folder as demo_native: releases reach it every"
                + " few weeks and only 001-003 have so far. Compare it with staging (View ▸ Compare environments…,"
                + " or compare --promote staging:production): the promotion would run 004, 007, 008, 009 and 010,"
                + " and warns that 004 is no longer the file staging ran (its line endings were re-saved)."
                + " The console opens it read-only, as it opens every production profile.";
    }

    @Override
    public List<FindingCode> findings() {
        return List.of(FindingCode.DUPLICATE_VERSION, FindingCode.PENDING, FindingCode.IGNORED_FILE);
    }

    @Override
    public List<MigrationState> states() {
        return List.of(MigrationState.APPLIED, MigrationState.DUPLICATE, MigrationState.PENDING);
    }

    @Override
    public void build(DemoBuild b) throws IOException, DemoException {
        b.apply(NativeReleases.asDeployed(b, 3), 3);
    }
}
