package io.migrascope.core.tool.rails;

import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.codes;
import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.row;
import static io.migrascope.core.tool.nodepgmigrate.TrackingHarness.stateOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.ApplyAction;
import io.migrascope.core.action.ApplyOptions;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.LockSpec;
import io.migrascope.core.tool.TableProbe;
import io.migrascope.core.tool.nodepgmigrate.TrackingHarness;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** ActiveRecord's tracking on a real PostgreSQL, written as migration.rb writes it. */
@ExtendWith(PostgresExtension.class)
class RailsToolTest {
    static final String RB = "class CreateUsers < ActiveRecord::Migration[6.1]\n  def change\n  end\nend\n";

    @TempDir
    Path app;

    private final RailsTool tool = new RailsTool();

    private MigrationFolder migrate() throws Exception {
        return new MigrationFolder(Files.createDirectories(app.resolve("db/migrate")));
    }

    @Test
    void scansDbMigrateFromTheAppRootWithIntegerVersionsAndRubyNotRunnable() throws Exception {
        migrate().file("001_create_users.rb", RB).file("20240101120000_add_email.rb", RB).file("schema.rb", "#")
                .file("002_AddThing.rb", RB);
        Files.createDirectories(app.resolve("db/migrate/nested"));
        new MigrationFolder(app.resolve("db/migrate/nested")).file("003_nested_one.rb", RB);
        FileScan scan = tool.scan(app);
        assertEquals(List.of("001_create_users.rb", "002_AddThing.rb", "nested/003_nested_one.rb",
                "20240101120000_add_email.rb"), scan.files().stream().map(MigrationFile::file).toList());
        assertTrue(scan.files().stream().allMatch(f -> f.has(FileProblem.Kind.NOT_EXECUTABLE)));
        assertTrue(scan.files().get(1).problems().stream().anyMatch(p -> p.kind() == FileProblem.Kind.UNREADABLE
                && p.message().contains("IllegalMigrationNameError")), scan.files().get(1).problems().toString());
        assertEquals(List.of("schema.rb"), scan.ignored().stream().map(i -> i.file()).toList());
        assertEquals(scan.files(), tool.scan(app.resolve("db")).files(), "db/ is accepted too");
    }

    @Test
    void versionsCompareAsIntegersSoOneIsTheRowOfZeroZeroOne(TestDatabase db) throws Exception {
        migrate().file("001_create_users.rb", RB).file("002_add_email.rb", RB);
        TrackingHarness h = new TrackingHarness(tool, db, app);
        h.createTables();
        db.execute("INSERT INTO public.schema_migrations (version) VALUES ('1')");
        Report report = h.status();
        assertEquals("APPLIED", stateOf(report, "001"));
        assertEquals("PENDING", stateOf(report, "002"));
        h.run(h.plan(ActionKind.MARK_APPLIED, "002"));
        assertEquals(List.of("1", "2"), db.column("SELECT version FROM public.schema_migrations ORDER BY version"),
                "Rails stores version.to_s of the integer");
        assertEquals(List.of(), codes(h.status()));
        h.run(h.plan(ActionKind.DELETE_TRACKING_ROW, "001"));
        assertEquals(List.of("2"), db.column("SELECT version FROM public.schema_migrations"));
    }

    @Test
    void anOlderUntrackedVersionIsPendingBecauseRailsRunsIt(TestDatabase db) throws Exception {
        migrate().file("001_create_users.rb", RB).file("002_add_email.rb", RB);
        TrackingHarness h = new TrackingHarness(tool, db, app);
        h.createTables();
        db.execute("INSERT INTO public.schema_migrations (version) VALUES ('2')");
        Report report = h.status();
        assertEquals("PENDING", stateOf(report, "001"));
        List<String> blockers = ApplyAction.plan(report, tool, h.writer(), ApplyOptions.defaults()).blockers();
        assertTrue(blockers.get(0).contains("is Ruby: run it with bin/rails db:migrate"), blockers.toString());
    }

    @Test
    void duplicateVersionsAndClassNamesAreReported(TestDatabase db) throws Exception {
        migrate().file("001_create_users.rb", RB).file("1_other.rb", RB).file("002_create_users.rb", RB);
        Report report = new TrackingHarness(tool, db, app).status();
        assertEquals("DUPLICATE", stateOf(report, "001"));
        assertTrue(report.findings().stream().anyMatch(f -> f.message().contains(
                "DuplicateMigrationNameError: Multiple migrations have the name CreateUsers.")), report.findings().toString());
    }

    @Test
    void theEnvironmentRailsLastMigratedInIsShownWithEachRow(TestDatabase db) throws Exception {
        migrate().file("001_create_users.rb", RB);
        TrackingHarness h = new TrackingHarness(tool, db, app);
        h.createTables();
        db.execute("INSERT INTO public.schema_migrations VALUES ('1');"
                + " INSERT INTO public.ar_internal_metadata VALUES ('environment', 'production', now(), now())");
        Report report = h.status();
        assertTrue(row(report, "001").evidence().get(0).contains("last migrated in environment production"));
        assertEquals(Map.of("version", "1"), row(report, "001").tracked().columns(), "the row image holds only the table");
    }

    @Test
    void neverClaimsAFolderOfSqlFilesEvenWithTheSameTable() throws Exception {
        Path sqlDir = Files.createDirectories(app.resolve("sql"));
        new MigrationFolder(sqlDir).file("20240101120000_users.sql", "-- migrate:up\nselect 1;\n");
        TableProbe versionOnly = (s, t) -> t.equals("schema_migrations") ? Map.of("version", "character varying") : Map.of();
        assertEquals(Detection.NONE, tool.detect(sqlDir, versionOnly).score());
        migrate().file("001_create_users.rb", RB);
        assertEquals(Detection.MARKER + Detection.TABLE, tool.detect(app, versionOnly).score());
    }

    @Test
    void locksWithRailsKeyForTheDatabaseName() {
        // 2053462845 * crc32("mz_rk_rails"), as ActiveRecord 6.1 itself printed it.
        assertEquals(new LockSpec.Advisory(3361308135719502150L, "Rails"), new RailsTable("public", "mz_rk_rails").lock());
    }
}
