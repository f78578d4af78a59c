package io.migrascope.core.tool.flyway;

import static io.migrascope.core.tool.flyway.FlywayHarness.row;
import static io.migrascope.core.tool.flyway.FlywayHarness.stateOf;
import static io.migrascope.core.tool.flyway.FlywayHarness.states;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.TrackingRead;
import io.migrascope.core.tool.TrackingTableException;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The history table's shape and its odd rows, the repairs Flyway has no equivalent for, and what apply refuses. */
@ExtendWith(PostgresExtension.class)
class FlywayHistoryTest {
    @TempDir
    Path dir;

    private final FlywayTool tool = new FlywayTool();

    private static final String CATALOG = "SELECT string_agg(x, E'\\n' ORDER BY x) FROM ("
            + " SELECT 'column ' || attname || ' ' || format_type(atttypid, atttypmod) || ' ' || attnotnull || ' '"
            + "   || coalesce(pg_get_expr(d.adbin, d.adrelid), '-') AS x"
            + " FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " WHERE attrelid = 'flyway_schema_history'::regclass AND attnum > 0 AND NOT attisdropped"
            + " UNION ALL SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
            + " WHERE conrelid = 'flyway_schema_history'::regclass"
            + " UNION ALL SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE tablename = 'flyway_schema_history'"
            + ") t";

    @Test
    void theTableMigrascopeCreatesIsTheOneFlywayCreates(TestDatabase flywaysDb, TestDatabase oursDb) throws Exception {
        RealFlyway.of(flywaysDb, dir).migrate();
        try (Connection c = oursDb.connect(); Statement st = c.createStatement()) {
            for (String sql : tool.writer("public", oursDb.name()).createSql()) {
                st.execute(sql);
                st.execute(sql.startsWith("CREATE SCHEMA") ? "SELECT 1" : sql); // idempotent
            }
        }
        assertEquals(flywaysDb.column(CATALOG), oursDb.column(CATALOG));
        new MigrationFolder(dir).file("V1__a.sql", "CREATE TABLE a (x int);");
        RealFlyway.of(oursDb, dir).migrate();
        assertEquals(List.of("1"), oursDb.column("SELECT version FROM flyway_schema_history"));
    }

    @Test
    void aSchemaFlywayCreatedKeepsItsMarkerOutOfTheMigrations(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("V1__a.sql", "CREATE TABLE a (x int);");
        RealFlyway.configure(db, dir).schemas("app").load().migrate();
        assertEquals(List.of("0 SCHEMA", "1 SQL"),
                db.column("SELECT installed_rank || ' ' || type FROM app.flyway_schema_history ORDER BY 1"));
        try (Connection c = db.connect()) {
            TrackingRead read = tool.readTracking(c, "app");
            assertEquals(1, read.rows().size());
            assertEquals(List.of(), read.problems());
        }
    }

    @Test
    void aTableWithoutFlywaysColumnsIsNamedWithWhatIsMissing(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE flyway_schema_history (version text, checksum int)");
        try (Connection c = db.connect()) {
            TrackingTableException e = assertThrows(TrackingTableException.class, () -> tool.readTracking(c, "public"));
            assertTrue(e.getMessage().contains("missing [installed_rank, description, type, script, installed_by,"
                    + " installed_on, execution_time, success]"), e.getMessage());
        }
    }

    @Test
    void extraColumnsAndUnknownTypesAreProblemsNotFailures(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("V1__a.sql", "CREATE TABLE a (x int);");
        RealFlyway.of(db, dir).migrate();
        db.execute("ALTER TABLE flyway_schema_history ADD COLUMN ticket text");
        db.execute("INSERT INTO flyway_schema_history VALUES (2, '2', 'x', 'MONGO', 'V2__x.js', 1, 'me', now(), 1, true)");
        try (Connection c = db.connect()) {
            TrackingRead read = tool.readTracking(c, "public");
            assertEquals(1, read.rows().size());
            assertEquals(2, read.problems().size(), read.problems().toString());
            assertTrue(read.problems().get(0).contains("'ticket'"));
            assertTrue(read.problems().get(1).contains("type 'MONGO'"));
        }
    }

    @Test
    void anAppliedMigrationWhoseFileIsNewerThanEveryFileIsWhatFlywayCallsFuture(TestDatabase db) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir).file("V1__a.sql", "CREATE TABLE a (x int);")
                .file("V2__b.sql", "CREATE TABLE b (x int);");
        Flyway flyway = RealFlyway.of(db, dir);
        flyway.migrate();
        folder.delete("V2__b.sql");
        assertEquals("FUTURE_SUCCESS", RealFlyway.stateOf(flyway, "V2__b.sql"));
        Report report = new FlywayHarness(db, dir).status();
        assertEquals("MISSING_FILE", stateOf(report, "2"));
        assertTrue(row(report, "2").evidence().toString().contains("future migration"), row(report, "2").evidence().toString());
    }

    @Test
    void repairsFlywayHasNoWordForAreRefusedWithTheReason(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("V1__a.sql", "CREATE TABLE a (x int);").file("V2__b.sql", "CREATE TABLE b (x int);");
        Flyway flyway = RealFlyway.configure(db, dir).baselineVersion("1").load();
        flyway.baseline();
        flyway.migrate();
        FlywayHarness migrascope = new FlywayHarness(db, dir);
        assertEquals(List.of("1 BASELINE", "2 APPLIED"), states(migrascope.status()));
        assertTrue(migrascope.refusals(ActionKind.MARK_ROLLED_BACK, "2").get(0).contains("Flyway has no way to un-apply"));
        assertTrue(migrascope.refusals(ActionKind.DELETE_TRACKING_ROW, "2").get(0).contains("still has its file"));
        assertTrue(migrascope.refusals(ActionKind.DELETE_TRACKING_ROW, "1").get(0).contains("baseline row"));
        assertTrue(migrascope.refusals(ActionKind.MARK_APPLIED, "2").get(0).contains("is APPLIED"));
        assertNull(RealFlyway.validateError(flyway));
    }

    @Test
    void applyRefusesWhatFlywayWouldRefuseOrRunDifferently(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("V1__users.sql", "CREATE TABLE users (id int);")
                .file("V2__mixed.sql", "CREATE TABLE x (a int);\nCREATE INDEX CONCURRENTLY x_a ON x (a);\n")
                .file("V3__placeholder.sql", "CREATE TABLE ${prefix}_log (a int);\n");
        RuntimeException flywaySays = assertThrows(RuntimeException.class, () -> RealFlyway.of(db, dir).migrate());
        assertTrue(flywaySays.getMessage().contains("Detected both transactional and non-transactional statements"));
        var plan = io.migrascope.core.action.ApplyAction.plan(new FlywayHarness(db, dir).status(), tool,
                tool.writer("public", db.name()), io.migrascope.core.action.ApplyOptions.defaults());
        assertEquals(2, plan.blockers().size(), plan.blockers().toString());
        assertTrue(plan.blockers().get(0).contains("V2__mixed.sql: Flyway refuses it"), plan.blockers().get(0));
        assertTrue(plan.blockers().get(0).contains("line 2"), plan.blockers().get(0));
        assertTrue(plan.blockers().get(1).contains("placeholder ${prefix}"), plan.blockers().get(1));
    }

    @Test
    void aScriptConfigSayingNoTransactionRunsTheFileOutsideOne(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("V1__users.sql", "CREATE TABLE users (id int);")
                .file("V2__two_steps.sql", "CREATE TABLE t (a int);\nINSERT INTO t VALUES (1);\nSELECT * FROM nope;\n")
                .file("V2__two_steps.sql.conf", "executeInTransaction=false\n");
        var plan = io.migrascope.core.action.ApplyAction.plan(new FlywayHarness(db, dir).status(), tool,
                tool.writer("public", db.name()), io.migrascope.core.action.ApplyOptions.defaults());
        assertEquals(List.of(), plan.blockers());
        assertTrue(plan.files().get(1).nonTransactional().get(0).contains("executeInTransaction=false"));
        assertThrows(Exception.class, () -> new FlywayHarness(db, dir).apply());
        assertEquals(List.of("1"), db.column("SELECT count(*) FROM t"), "the statements before the failure stay, as in Flyway");
        Report report = new FlywayHarness(db, dir).status();
        assertEquals("FAILED", stateOf(report, "2"));
        assertTrue(RealFlyway.validateError(RealFlyway.of(db, dir)).contains("Detected failed migration to version 2"));
    }
}
