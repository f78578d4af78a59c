package io.migrascope.core.tool.golangmigrate;

import static io.migrascope.core.tool.supabase.ToolHarness.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.Finding;
import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.TrackingTableException;
import io.migrascope.core.tool.supabase.ToolHarness;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * golang-migrate states on a real PostgreSQL. golang-migrate cannot run here (a Go program: no Go
 * toolchain on this machine, no Debian or npm package of it), so each state is written with the
 * statements its postgres driver issues ({@code database/postgres/postgres.go}: ensureVersionTable,
 * SetVersion = TRUNCATE + INSERT) and read the way {@code migrate.go} reads it.
 */
@ExtendWith(PostgresExtension.class)
class GolangMigrateStatusTest {
    /** ensureVersionTable's DDL for the default schema and table. */
    static final String DDL = "CREATE TABLE IF NOT EXISTS \"public\".\"schema_migrations\""
            + " (version bigint not null primary key, dirty boolean not null)";

    @TempDir
    Path dir;
    @TempDir
    Path journal;

    @BeforeEach
    void fiveMigrations() {
        MigrationFolder folder = new MigrationFolder(dir);
        for (int v = 1; v <= 5; v++) {
            folder.file(v + "_step" + v + ".up.sql", "create table t" + v + " (id int);")
                    .file(v + "_step" + v + ".down.sql", "drop table t" + v + ";");
        }
    }

    private Report status(TestDatabase db) throws Exception {
        return new ToolHarness(new GolangMigrateTool(), db, dir, journal).status();
    }

    /** SetVersion(version, dirty), as golang-migrate runs it. */
    static void setVersion(TestDatabase db, long version, boolean dirty) throws Exception {
        db.execute(DDL);
        db.execute("BEGIN; TRUNCATE \"public\".\"schema_migrations\"; INSERT INTO \"public\".\"schema_migrations\""
                + " (version, dirty) VALUES (" + version + ", " + dirty + "); COMMIT;");
    }

    private static List<MigrationState> states(Report report) {
        return report.rows().stream().map(MigrationRow::state).toList();
    }

    @Test
    void everyVersionBelowTheCurrentOneIsAppliedAndSaysItIsImplied(TestDatabase db) throws Exception {
        db.execute("create table t1 (id int); create table t2 (id int); create table t3 (id int);");
        setVersion(db, 3, false);
        Report report = status(db);
        assertEquals(List.of(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.APPLIED,
                MigrationState.PENDING, MigrationState.PENDING), states(report));
        String implied = row(report, "2").evidence().toString();
        assertTrue(implied.contains("golang-migrate keeps only the current version 3"), implied);
        assertFalse(row(report, "3").evidence().toString().contains("implied"), row(report, "3").evidence().toString());
        assertEquals(1, report.exitCode(), "pending only");
    }

    @Test
    void aDirtyVersionIsFailedWithGolangMigratesOwnWordsAndBlocksApply(TestDatabase db) throws Exception {
        setVersion(db, 3, true);
        ToolHarness harness = new ToolHarness(new GolangMigrateTool(), db, dir, journal);
        Report report = harness.status();
        MigrationRow three = row(report, "3");
        assertEquals(MigrationState.FAILED, three.state());
        assertTrue(three.evidence().toString().contains("Dirty database version 3. Fix and force version."),
                three.evidence().toString());
        assertTrue(three.evidence().toString().contains("may have run partly"), three.evidence().toString());
        assertEquals(MigrationState.APPLIED, row(report, "2").state());
        assertTrue(report.findings().stream().anyMatch(f -> f.code() == FindingCode.FAILED_MIGRATION));
        assertFalse(harness.planApply().preview().isRunnable(), "golang-migrate refuses to go on while dirty");
    }

    @Test
    void aCurrentVersionWithoutAFileIsMissing(TestDatabase db) throws Exception {
        setVersion(db, 7, false);
        Report report = status(db);
        MigrationRow seven = row(report, "7");
        assertEquals(MigrationState.MISSING_FILE, seven.state());
        assertTrue(seven.evidence().toString().contains("no migration found for version 7"), seven.evidence().toString());
        assertTrue(report.rows().stream().filter(r -> r != seven).allMatch(r -> r.state() == MigrationState.APPLIED));
    }

    @Test
    void anEmptyTableOrNoTableMeansEveryFileIsPending(TestDatabase db) throws Exception {
        assertTrue(states(status(db)).stream().allMatch(s -> s == MigrationState.PENDING));
        db.execute(DDL);
        assertTrue(states(status(db)).stream().allMatch(s -> s == MigrationState.PENDING));
    }

    @Test
    void aLowFileAddedAfterTheCurrentVersionIsNeverOutOfOrderButSaysItMayHaveBeenSkipped(TestDatabase db)
            throws Exception {
        setVersion(db, 5, false);
        // Version 2 arrives from a branch after 5 was applied.
        new MigrationFolder(dir).delete("2_step2.up.sql").delete("2_step2.down.sql")
                .file("2_merged_from_a_branch.up.sql", "create table late (id int);");
        MigrationRow late = row(status(db), "2");
        assertEquals(MigrationState.APPLIED, late.state());
        assertTrue(late.evidence().toString().contains("golang-migrate would never run a file below 5; if this file is"
                + " new (merged after 5 was applied), it was skipped"), late.evidence().toString());
    }

    @Test
    void theCatalogCatchesALowFileThatGolangMigrateSkipped(TestDatabase db) throws Exception {
        db.execute("create table t1 (id int); create table t3 (id int); create table t4 (id int); create table t5 (id int);");
        setVersion(db, 5, false);
        Report report = status(db);
        assertEquals(MigrationState.APPLIED, row(report, "2").state(), "golang-migrate counts it applied");
        Finding notEffective = report.findings().stream().filter(f -> f.code() == FindingCode.RECORDED_NOT_EFFECTIVE)
                .findFirst().orElseThrow(() -> new AssertionError(report.findings().toString()));
        assertEquals("2", notEffective.versions().get(0).text());
        assertTrue(String.join("\n", notEffective.evidence()).contains("t2"), notEffective.evidence().toString());
    }

    @Test
    void twoFilesWithOneVersionAreADuplicate(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("0003_other.up.sql", "select 1;");
        setVersion(db, 2, false);
        List<MigrationRow> duplicates = status(db).rowsIn(MigrationState.DUPLICATE);
        assertEquals(1, duplicates.size());
        assertEquals(List.of("0003_other.up.sql", "3_step3.up.sql"),
                duplicates.get(0).files().stream().map(f -> f.file()).toList());
    }

    @Test
    void moreThanOneRowIsReportedAndTheFirstOneCounts(TestDatabase db) throws Exception {
        db.execute(DDL);
        db.execute("INSERT INTO schema_migrations (version, dirty) VALUES (2, false), (4, false)");
        Report report = status(db);
        List<String> problems = report.findings().stream().filter(f -> f.code() == FindingCode.TRACKING_TABLE_UNEXPECTED)
                .map(Finding::message).toList();
        assertEquals(1, problems.size(), report.findings().toString());
        assertTrue(problems.get(0).contains("holds 2 rows (versions 2, 4)"), problems.get(0));
        assertEquals(MigrationState.PENDING, row(report, "3").state(), "the first row read, version 2, counts");
    }

    @Test
    void aFailedDownAtTheBottomLeavesNilVersionDirty(TestDatabase db) throws Exception {
        setVersion(db, -1, true);
        Report report = status(db);
        assertEquals(MigrationState.FAILED, row(report, "-1").state());
        assertTrue(report.rows().stream().filter(r -> !r.version().text().equals("-1"))
                .allMatch(r -> r.state() == MigrationState.PENDING));
    }

    @Test
    void aTableWithoutDirtyIsNotGolangMigratesAndAnExtraColumnIsReported(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE schema_migrations (version varchar PRIMARY KEY)");
        TrackingTableException e = assertThrows(TrackingTableException.class, () -> status(db));
        assertTrue(e.getMessage().contains("missing [dirty]"), e.getMessage());

        db.execute("DROP TABLE schema_migrations");
        db.execute(DDL);
        db.execute("ALTER TABLE schema_migrations ADD COLUMN applied_at timestamptz DEFAULT now()");
        Report report = status(db);
        assertTrue(report.findings().stream().anyMatch(f -> f.code() == FindingCode.TRACKING_TABLE_UNEXPECTED
                && f.message().contains("'applied_at'")), report.findings().toString());
    }
}
