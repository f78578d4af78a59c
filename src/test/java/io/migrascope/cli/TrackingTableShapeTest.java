package io.migrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A tracking table that has the tool's name but not its columns (altered by hand, or another
 * tool's): for every tool, status stops with one sentence naming the table, the columns it has
 * and what the tool needs, never reading it as empty history. Extra and missing optional columns
 * of the native table are covered by {@link StatusCommandTest}.
 */
@ExtendWith(PostgresExtension.class)
class TrackingTableShapeTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "native          | public              | schema_migrations",
        "flyway          | public              | flyway_schema_history",
        "golang-migrate  | public              | schema_migrations",
        "dbmate          | public              | schema_migrations",
        "supabase        | supabase_migrations | schema_migrations",
        "prisma          | public              | _prisma_migrations",
        "knex            | public              | knex_migrations",
        "rails           | public              | schema_migrations",
        "node-pg-migrate | public              | pgmigrations",
        "drizzle         | drizzle             | __drizzle_migrations",
    })
    void aTableWithoutTheToolsColumnsIsNamedWithWhatItHasAndNeeds(String tool, String schema, String table,
                                                                   TestDatabase db) throws Exception {
        db.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        db.execute("CREATE TABLE " + schema + "." + table + " (unrelated int, other text)");
        CliRun run = CliRun.of("status", "--url", db.url(), "--dir", dir.toString(), "--tool", tool);
        assertEquals(3, run.exitCode(), run.toString());
        String err = run.err();
        assertTrue(err.startsWith("migrascope: \"" + schema + "\".\"" + table + "\""), err);
        assertTrue(err.contains("[unrelated, other]"), "the columns it has: " + err);
        assertTrue(err.contains("--schema"), "what to do next: " + err);
        assertEquals(1, err.strip().lines().count(), "one sentence, no stack trace: " + err);
    }
}
