package io.migrascope.core.tool.golangmigrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.db.LockHeldException;
import io.migrascope.core.tool.LockSpec;
import io.migrascope.core.tool.supabase.ToolHarness;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * golang-migrate's advisory lock id, {@code database/util.go GenerateAdvisoryLockId} as the postgres
 * and pgx drivers call it: {@code GenerateAdvisoryLockId(DatabaseName, migrationsSchemaName,
 * migrationsTableName)}, i.e. CRC-32 IEEE of {@code db + "\0" + schema + "\0" + table} times
 * 1486364155 in uint32. golang-migrate cannot run here (a Go program: no Go toolchain on this machine,
 * no Debian package — apt-cache policy migrate golang-migrate finds none — and no npm package that
 * ships it), so the expected ids were computed independently with Python's
 * {@code zlib.crc32} (the same IEEE polynomial as Go's {@code crc32.ChecksumIEEE}).
 */
@ExtendWith(PostgresExtension.class)
class GolangMigrateLockTest {
    @TempDir
    Path dir;
    @TempDir
    Path journal;

    @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
    @CsvSource({
            // migrate -database postgres://host/postgres: Config.DatabaseName is purl.Path, slash included
            "/postgres, public, schema_migrations, 181706146",
            // postgres.WithInstance with an empty Config: DatabaseName is current_database()
            "postgres, public, schema_migrations, 39819228",
            "/app, public, schema_migrations, 257547563",
            "/app, billing, migrations, 704529867",
    })
    void computesTheIdGolangMigrateTakes(String database, String schema, String table, long expected) {
        assertEquals(expected, GolangMigrateLock.id(database, schema, table));
    }

    @Test
    void theReferencesVectorUsesAnotherOrderOfNamesThanGolangMigrate() {
        // tracking-formats.md derives 143310882 from schema + table + dbname; the source feeds dbname first.
        assertEquals(143310882L, GolangMigrateLock.id("public", "schema_migrations", "postgres"));
        assertEquals(39819228L, GolangMigrateLock.id("postgres", "public", "schema_migrations"));
    }

    @Test
    void theWriterLocksWhatTheMigrateCliLocksForTheDatabase() {
        LockSpec lock = new GolangMigrateTool().writer("public", "postgres").lock();
        assertEquals(new LockSpec.Advisory(181706146L, "golang-migrate"), lock);
    }

    @Test
    void applyWaitsForAMigrateRunHoldingItsLockAndNamesIt(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("1_users.up.sql", "create table users (id int);")
                .file("1_users.down.sql", "drop table users;");
        long id = GolangMigrateLock.forUrl(db.name(), "public", "schema_migrations");
        try (Connection migrate = db.connect();
             PreparedStatement lock = migrate.prepareStatement("SELECT pg_advisory_lock(?)")) {
            // What golang-migrate's Lock() sends: SELECT pg_advisory_lock($1) with the id as text.
            lock.setLong(1, id);
            lock.execute();
            ToolHarness harness = new ToolHarness(new GolangMigrateTool(), db, dir, journal)
                    .lockWait(Duration.ofMillis(300));
            LockHeldException held = assertThrows(LockHeldException.class, harness::apply);
            assertTrue(held.getMessage().contains("golang-migrate's lock"), held.getMessage());
            assertFalse(db.tableExists("users"), "nothing ran while golang-migrate held its lock");
        }
    }
}
