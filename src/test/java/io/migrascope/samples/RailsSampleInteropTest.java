package io.migrascope.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrascope.core.tool.nodepgmigrate.NpmTools;
import io.migrascope.testing.NodeTools;
import java.util.Map;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Rails sample migrated by the real ActiveRecord migrator (Debian's ruby-activerecord 6.1 and
 * ruby-pg), through the script the Rails interop tests use ({@code MigrationContext#migrate}, what
 * {@code bin/rails db:migrate} runs). Skipped where Ruby with ActiveRecord is not installed.
 */
@Tag("interop")
@ExtendWith(PostgresExtension.class)
class RailsSampleInteropTest {
    private static final Path SCRIPT = Path.of("src/test/resources/rails/active_record_migrate.rb").toAbsolutePath();

    @TempDir
    Path work;

    @BeforeAll
    static void activeRecordIsInstalled() throws Exception {
        boolean available;
        try {
            Process p = new ProcessBuilder("ruby", "-e", "require 'active_record'; require 'pg'")
                    .redirectErrorStream(true).start();
            available = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            available = false;
        }
        assumeTrue(available, "Ruby with ActiveRecord and pg is needed: apt-get install -y ruby-activerecord ruby-pg");
    }

    @Test
    void whatActiveRecordMigratesIsAppliedAndInSync(TestDatabase db) throws Exception {
        Path app = Sample.RAILS.copyTo(work);
        NodeTools.Run migrate = activeRecord(db, app, "migrate");
        assertEquals(0, migrate.exitCode(), migrate.toString());
        assertEquals(List.of("messages_conversation_created_idx"), db.column("SELECT indexname FROM pg_indexes"
                + " WHERE indexname = 'messages_conversation_created_idx'"), "the concurrent index was built");

        SampleStatus.of(db, Sample.RAILS.dirIn(app)).assertInSync("rails", 7);
        NodeTools.Run status = activeRecord(db, app, "status");
        assertTrue(status.out().contains("needs_migration=false"), status.toString());
    }

    private static NodeTools.Run activeRecord(TestDatabase db, Path app, String command) {
        return NodeTools.exec(app, Map.of("DATABASE_URL", NodeTools.postgresUrl(db)), 120, false,
                List.of("ruby", SCRIPT.toString(), command, app.resolve("db/migrate").toString()));
    }
}
