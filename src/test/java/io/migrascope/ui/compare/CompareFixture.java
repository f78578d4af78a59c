package io.migrascope.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.TestDatabase;
import io.migrascope.testing.TestProfiles;
import java.nio.file.Path;
import java.util.List;

/**
 * dev, staging and production sharing one folder, each in another state, plus a profile whose
 * server is gone: production ran 001–002; staging ran 001–003, then 003 was edited; dev ran the edited 003.
 */
public final class CompareFixture {
    private CompareFixture() {
    }

    public static List<Profile> threeEnvironmentsAndOneGone(TestDatabase dev, TestDatabase staging, TestDatabase production,
                                                     Path dir) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint);")
                .file("002_orders.sql", "CREATE TABLE orders (id bigint);");
        assertEquals(0, CliRun.apply(production, dir).exitCode());
        folder.file("003_invoices.sql", "CREATE TABLE invoices (id bigint);");
        assertEquals(0, CliRun.apply(staging, dir).exitCode());
        folder.file("003_invoices.sql", "CREATE TABLE invoices (id bigint, total numeric);");
        assertEquals(0, CliRun.apply(dev, dir).exitCode());
        return List.of(TestProfiles.of("dev", dev, dir, Environment.DEV),
                TestProfiles.of("staging", staging, dir, Environment.STAGING),
                TestProfiles.of("production", production, dir, Environment.PRODUCTION),
                TestProfiles.unreachable("gone", dir, Environment.STAGING));
    }
}
