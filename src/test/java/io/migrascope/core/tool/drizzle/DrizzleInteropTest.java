package io.migrascope.core.tool.drizzle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.ApplyOptions;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.prisma.ToolRun;
import io.migrascope.testing.NodeTools;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real drizzle-orm migrator (npm, version pinned in src/test/interop/package.json) and
 * Migrascope on the same databases: what drizzle writes Migrascope reads the way drizzle does, and
 * what Migrascope writes drizzle accepts. Run with {@code mvn -Pinterop}.
 */
@Tag("interop")
@ExtendWith(PostgresExtension.class)
class DrizzleInteropTest {
    private static final long T0 = 1_700_000_000_000L;
    @TempDir
    Path dir;

    private DrizzleProject threeMigrations() throws Exception {
        return new DrizzleProject(dir.resolve("drizzle"))
                .entry("0000_wandering_users", T0, "CREATE TABLE \"users\" (\"id\" serial PRIMARY KEY, \"email\" text NOT NULL);",
                        "CREATE UNIQUE INDEX \"users_email\" ON \"users\" (\"email\");")
                .entry("0001_brave_orders", T0 + 60_000, "CREATE TABLE \"orders\" (\"id\" serial PRIMARY KEY, \"user_id\" integer REFERENCES \"users\");")
                .entry("0002_quiet_notes", T0 + 120_000, "ALTER TABLE \"users\" ADD COLUMN \"note\" text;");
    }

    private ToolRun migrascope(TestDatabase db) {
        return new ToolRun(new DrizzleTool(), dir, db);
    }

    @Test
    void drizzlesOwnHashesAreMigrascopesChecksumsEvenForBrokenUtf8AndBom() throws Exception {
        Random random = new Random(42);
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        byte[] surrogates = {'S', 'E', 'L', 'E', 'C', 'T', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, ';'};
        DrizzleProject p = new DrizzleProject(dir.resolve("drizzle"))
                .entry("0000_plain", T0, "CREATE TABLE a (id int);", "CREATE TABLE b (id int);")
                .entry("0001_bom_crlf", T0 + 1, "\uFEFFCREATE TABLE c (id int);\r\n".getBytes(StandardCharsets.UTF_8))
                .entry("0002_surrogates", T0 + 2, surrogates)
                .entry("0003_noise", T0 + 3, noise);
        List<Map.Entry<Long, String>> drizzle = DrizzleNode.read(p.out());
        List<MigrationFile> files = new DrizzleTool().scan(dir).files();
        assertEquals(drizzle.stream().map(Map.Entry::getValue).toList(), files.stream().map(MigrationFile::checksum).toList());
        assertEquals(List.of(T0, T0 + 1, T0 + 2, T0 + 3), drizzle.stream().map(Map.Entry::getKey).toList());
    }

    @Test
    void afterDrizzleMigratesEveryMigrationIsAppliedAndNothingIsFound(TestDatabase db) throws Exception {
        threeMigrations();
        NodeTools.Run r = DrizzleNode.migrate(db, dir.resolve("drizzle"));
        assertTrue(r.ok(), r.output());
        Report report = migrascope(db).status();
        assertEquals(List.of(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.APPLIED),
                report.rows().stream().map(MigrationRow::state).toList(), report.rows().toString());
        assertEquals(List.of(), report.findings(), "status would exit 0");
    }

    @Test
    void seed004TablesWithoutTrackingAreMarkedAppliedAndThenDrizzleRunsNothing(TestDatabase db) throws Exception {
        DrizzleProject p = threeMigrations();
        // drizzle-kit push: the schema is there, the tracking table empty.
        for (String tag : List.of("0000_wandering_users", "0001_brave_orders", "0002_quiet_notes")) {
            db.execute(java.nio.file.Files.readString(p.out().resolve(tag + ".sql")).replace(DrizzleProject.BREAKPOINT, "\n"));
        }
        db.execute("CREATE SCHEMA drizzle");
        db.execute("CREATE TABLE drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)");
        NodeTools.Run before = DrizzleNode.migrate(db, p.out());
        assertFalse(before.ok(), "today drizzle fails on the existing tables: " + before.output());
        assertTrue(before.output().contains("already exists"), before.output());

        ToolRun migrascope = migrascope(db);
        for (String version : List.of("0000", "0001", "0002")) {
            migrascope.repair(ActionKind.MARK_APPLIED, version);
        }
        NodeTools.Run after = DrizzleNode.migrate(db, p.out());
        assertTrue(after.ok(), after.output());
        assertEquals(List.of("3"), db.column("SELECT count(*) FROM drizzle.__drizzle_migrations"));
        assertTrue(migrascope.status().rows().stream().allMatch(m -> m.state() == MigrationState.APPLIED));
    }

    @Test
    void anEntryOlderThanTheLastAppliedIsOutOfOrderAndDrizzleReallySkipsIt(TestDatabase db) throws Exception {
        DrizzleProject p = new DrizzleProject(dir.resolve("drizzle"))
                .entry("0000_base", T0, "CREATE TABLE base (id int);")
                .entry("0001_main_branch", T0 + 3_000, "CREATE TABLE main_branch (id int);");
        assertTrue(DrizzleNode.migrate(db, p.out()).ok());
        // A branch generated before main's last migration is merged: its journal time is older.
        p.entry("0002_feature_branch", T0 + 1_000, "CREATE TABLE feature_branch (id int);");
        MigrationRow row = migrascope(db).row("0002");
        assertEquals(MigrationState.OUT_OF_ORDER, row.state());
        assertTrue(row.evidence().get(0).startsWith("drizzle will never apply this: its journal time " + (T0 + 1_000)
                + " "), row.evidence().toString());

        NodeTools.Run r = DrizzleNode.migrate(db, p.out());
        assertTrue(r.ok(), "drizzle says nothing: " + r.output());
        assertFalse(db.tableExists("public.feature_branch"), "drizzle skipped it");

        migrascope(db).apply(new ApplyOptions(true));
        assertTrue(db.tableExists("public.feature_branch"));
        assertTrue(DrizzleNode.migrate(db, p.out()).ok());
        assertTrue(migrascope(db).status().rows().stream().allMatch(m -> m.state() == MigrationState.APPLIED));
    }

    @Test
    void afterMigrascopeAppliesDrizzleHasNothingToDoAndTheRowsAreDrizzles(TestDatabase mine, TestDatabase drizzles)
            throws Exception {
        DrizzleProject p = threeMigrations();
        assertEquals(3, migrascope(mine).apply().size());
        assertTrue(DrizzleNode.migrate(drizzles, p.out()).ok());
        String rows = "SELECT hash || ' ' || created_at FROM drizzle.__drizzle_migrations ORDER BY id";
        assertEquals(drizzles.column(rows), mine.column(rows));
        String columns = "SELECT column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '-')"
                + " FROM information_schema.columns WHERE table_schema = 'drizzle' ORDER BY ordinal_position";
        assertEquals(drizzles.column(columns), mine.column(columns));

        NodeTools.Run r = DrizzleNode.migrate(mine, p.out());
        assertTrue(r.ok(), r.output());
        assertEquals(3, mine.column(rows).size(), "drizzle inserted nothing");
    }

    @Test
    void aRowWithoutCreatedAtMakesDrizzleRunEverythingAgainAndStatusSaysSo(TestDatabase db) throws Exception {
        DrizzleProject p = threeMigrations();
        assertTrue(DrizzleNode.migrate(db, p.out()).ok());
        db.execute("INSERT INTO drizzle.__drizzle_migrations (hash) VALUES ('hand-made')");
        Report report = migrascope(db).status();
        assertTrue(report.findings().stream().anyMatch(f -> f.message().contains("has no created_at")), report.findings().toString());
        NodeTools.Run r = DrizzleNode.migrate(db, p.out());
        assertFalse(r.ok());
        assertTrue(r.output().contains("already exists"), r.output());
    }
}
