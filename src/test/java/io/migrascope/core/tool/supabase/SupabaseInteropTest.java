package io.migrascope.core.tool.supabase;

import static io.migrascope.core.tool.supabase.ToolHarness.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.testing.NodeTools;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Supabase CLI (npm supabase 3.1.0, see {@link SupabaseCli}) and Migrascope on the same
 * database and project: what {@code db push} and {@code migration repair} write Migrascope reads as
 * the CLI does, statement for statement; what Migrascope writes leaves the CLI content. Run with
 * {@code mvn -Pinterop}.
 */
@Tag("interop")
@ExtendWith(PostgresExtension.class)
class SupabaseInteropTest {
    /** Comments before, inside and after statements; a trailing comment after the last semicolon. */
    private static final String USERS = "-- people\ncreate table users (\n  id bigint primary key,\n"
            + "  email text not null default 'a;b'\n);\n\ncreate index users_email on users (email); -- by email\n"
            + "-- end of file\n";
    /** Semicolons inside a dollar-quoted body and a BEGIN ATOMIC body. */
    private static final String FUNCTIONS = "create function touch() returns trigger language plpgsql as $$\nbegin\n"
            + "  new.id := new.id;\n  return new;\nend;\n$$;\n\ncreate function add(integer, integer) returns integer\n"
            + "language sql immutable\nbegin atomic\n  select $1 + $2;\nend;\n";
    private static final String ORDERS_CRLF = "create table orders (\r\n  id int\r\n);\r\n";

    @TempDir
    Path project;
    @TempDir
    Path journal;
    Path migrations;

    @BeforeEach
    void projectLayout() throws Exception {
        migrations = Files.createDirectories(project.resolve("supabase").resolve("migrations"));
    }

    private ToolHarness migrascope(TestDatabase db) {
        return new ToolHarness(new SupabaseTool(), db, project, journal);
    }

    private void threeFiles() {
        new MigrationFolder(migrations)
                .file("20240101000000_users.sql", USERS)
                .file("20240102000000_functions.sql", FUNCTIONS)
                .file("20240103000000_orders.sql", ORDERS_CRLF);
    }

    private static List<String> stored(TestDatabase db) throws Exception {
        return db.column("SELECT version || ' ' || coalesce(name, '') || ' ' || statements::text"
                + " FROM supabase_migrations.schema_migrations ORDER BY version");
    }

    @Test
    void afterDbPushEveryFileIsAppliedBecauseOurSplitIsTheClis(TestDatabase db) throws Exception {
        threeFiles();
        NodeTools.Run push = new SupabaseCli(db, project).run("db", "push", "--yes");
        assertEquals(0, push.exitCode(), push.toString());
        Report report = migrascope(db).status();
        for (MigrationRow r : report.rows()) {
            assertEquals(MigrationState.APPLIED, r.state(), r.evidence().toString());
            assertFalse(r.evidence().toString().contains("checksum differs"), r.evidence().toString());
        }
        assertEquals(0, report.exitCode(), report.findings().toString());
    }

    @Test
    void migrascopesApplyStoresWhatDbPushStoresAndLeavesTheCliNothingToDo(TestDatabase db, TestDatabase other)
            throws Exception {
        threeFiles();
        assertEquals(3, migrascope(db).apply().size());
        NodeTools.Run pushElsewhere = new SupabaseCli(other, project).run("db", "push", "--yes");
        assertEquals(0, pushElsewhere.exitCode(), pushElsewhere.toString());
        assertEquals(stored(other), stored(db), "the same rows, statement for statement");

        SupabaseCli cli = new SupabaseCli(db, project);
        NodeTools.Run push = cli.run("db", "push", "--yes");
        assertTrue(push.output().contains("Remote database is up to date."), push.toString());
    }

    @Test
    void seed000TheCliFailsWith23505WhereMigrascopeShowedTheDuplicateAndRenumberingSettlesIt(TestDatabase db)
            throws Exception {
        SupabaseStatusTest.copy("/supabase/seed000", project);
        ToolHarness migrascope = migrascope(db);
        assertEquals(MigrationState.DUPLICATE, migrascope.stateOf("006"));
        assertFalse(migrascope.planApply().preview().isRunnable());

        SupabaseCli cli = new SupabaseCli(db, project);
        NodeTools.Run push = cli.run("db", "push", "--yes");
        assertNotEquals(0, push.exitCode());
        assertTrue(push.output().contains("duplicate key value violates unique constraint \"schema_migrations_pkey\""
                + " (SQLSTATE 23505)") && push.output().contains("Key (version)=(006) already exists."), push.toString());

        Report after = migrascope.status();
        MigrationRow six = row(after, "006");
        assertEquals(MigrationState.DUPLICATE, six.state());
        assertEquals("creator_marketplace", six.tracked().name());

        // Renumber the file that is not applied, as the tool names it, and the CLI goes on.
        SupabaseTool tool = new SupabaseTool();
        MigrationFile payouts = six.files().stream().filter(f -> f.name().equals("creator_payouts")).findFirst().orElseThrow();
        Version next = tool.nextVersion(Version.textual("007"), payouts).orElseThrow();
        Files.move(payouts.path(), payouts.path().resolveSibling(tool.renamedFile(payouts, next).orElseThrow()));
        NodeTools.Run again = cli.run("db", "push", "--yes");
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(migrascope.status().rows().stream().allMatch(r -> r.state() == MigrationState.APPLIED),
                migrascope.status().rows().toString());
    }

    @Test
    void versionsCompareAsTextForBothAndTheLegacyInitIsSkippedByBoth(TestDatabase db) throws Exception {
        new MigrationFolder(migrations)
                .file("20211208000000_init.sql", "create schema legacy;\n")
                .file("20240102_eight_digits.sql", "create table a (id int);\n");
        SupabaseCli cli = new SupabaseCli(db, project);
        NodeTools.Run first = cli.run("db", "push", "--yes");
        assertTrue(first.output().contains("Skipping migration 20211208000000_init.sql"), first.toString());
        assertTrue(migrascope(db).status().ignored().stream().anyMatch(i -> i.file().endsWith("20211208000000_init.sql")));

        new MigrationFolder(migrations).file("20240101120000_fourteen_digits.sql", "create table b (id int);\n");
        NodeTools.Run refused = cli.run("db", "push", "--yes");
        assertTrue(refused.output().contains("Found local migration files to be inserted before the last migration on"
                + " remote database."), refused.toString());
        assertEquals(MigrationState.OUT_OF_ORDER, migrascope(db).stateOf("20240101120000"));
    }

    @Test
    void repairsOnEitherSideAreReadByTheOther(TestDatabase db) throws Exception {
        threeFiles();
        SupabaseCli cli = new SupabaseCli(db, project);
        assertEquals(0, cli.run("db", "push", "--yes").exitCode());
        ToolHarness migrascope = migrascope(db);

        NodeTools.Run reverted = cli.run("migration", "repair", "--status", "reverted", "20240103000000", "--yes");
        assertEquals(0, reverted.exitCode(), reverted.toString());
        assertEquals(MigrationState.UNTRACKED, migrascope.stateOf("20240103000000"), "the row is gone, the table is not");

        migrascope.repair(ActionKind.MARK_APPLIED, "20240103000000");
        NodeTools.Run push = cli.run("db", "push", "--yes");
        assertTrue(push.output().contains("Remote database is up to date."), push.toString());

        migrascope.repair(ActionKind.DELETE_TRACKING_ROW, "20240102000000");
        NodeTools.Run list = cli.run("migration", "list");
        assertTrue(list.output().matches("(?s).*`20240102000000` \\| ` ` .*"), list.toString());

        NodeTools.Run applied = cli.run("migration", "repair", "--status", "applied", "20240102000000", "--yes");
        assertEquals(0, applied.exitCode(), applied.toString());
        assertEquals(MigrationState.APPLIED, migrascope.stateOf("20240102000000"));
    }
}
