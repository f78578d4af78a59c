package io.migrascope.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.db.profile.ProfileImport;
import io.migrascope.core.journal.Journal;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.app.ConsoleSession;
import io.migrascope.ui.profile.SessionPasswords;
import io.migrascope.ui.task.SynchronousTaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The console opened by a role that may not read the tracking table says so, as the CLI does. */
@ExtendWith(PostgresExtension.class)
class ConsolePermissionTest {
    @TempDir
    Path dir;

    @Test
    void openingNamesTheTableThePrivilegeAndTheGrant(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);\n");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        try (RestrictedRole role = RestrictedRole.create(db)) {
            Profile profile = ProfileImport.fromUrl(role.url()).profile().withName("restricted")
                    .withFolder(dir.toString()).withEnvironment(Environment.DEV);
            ConsoleSession session = new ConsoleSession(profile, new SynchronousTaskRunner(),
                    new SessionPasswords().sourceFor(profile, Map.of()), Journal.standard());
            List<String> failures = new ArrayList<>();
            session.open(() -> failures.add("opened"), e -> failures.add(e.getMessage()));

            assertEquals(1, failures.size(), failures.toString());
            String message = failures.get(0);
            assertTrue(message.contains("may not read the tracking table \"public\".\"schema_migrations\""), message);
            assertTrue(message.contains("SQLSTATE 42501"), message);
            assertTrue(message.contains("GRANT SELECT ON \"public\".\"schema_migrations\" TO " + role.name()), message);
        }
    }
}
