package io.migrascope.ui.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.dbmate.DbmateTool;
import io.migrascope.core.tool.supabase.SupabaseTool;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.panels.PanelTestContext;
import io.migrascope.ui.task.SynchronousTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What the SQL pane shows per row, read from real files and a real tracking table; no screen. */
@ExtendWith(PostgresExtension.class)
class SqlPaneModelTest {
    private static final String USERS = "CREATE TABLE users (\n    id bigint PRIMARY KEY,\n    email text NOT NULL\n);\n";

    @TempDir
    Path dir;

    @TempDir
    Path home;

    private RowSql show(PanelTestContext ctx, String version) throws Exception {
        Report report = ctx.readNow();
        MigrationRow row = report.rows().stream().filter(r -> r.version().text().equals(version)).findFirst()
                .orElseThrow();
        SqlPaneModel model = new SqlPaneModel(ctx);
        model.show(row);
        return model.content().get();
    }

    private PanelTestContext context(TestDatabase db) {
        return PanelTestContext.nativeDev(db, dir, home, new SynchronousTaskRunner());
    }

    @Test
    void aLineEndingOnlyChangeIsComparedWithTheNormalisedTextAndCalledCosmetic(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", USERS);
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        new MigrationFolder(dir).file("001_users.sql", USERS.replace("\n", "\r\n"));

        RowSql.Drift drift = assertInstanceOf(RowSql.Drift.class, show(context(db), "001"));
        DriftComparison c = drift.comparison();
        assertTrue(c.cosmetic());
        assertEquals(DriftComparison.COSMETIC_VERDICT, c.verdict());
        assertTrue(c.verdict().startsWith("Cosmetic only: line endings / BOM / trailing whitespace / blank lines"));
        assertEquals(4, c.changes().size(), "every line differs by its carriage return");
        DiffLine first = c.changes().get(0);
        assertEquals(DiffLine.Kind.CHANGED, first.kind());
        assertEquals("CREATE TABLE users (", first.left());
        assertEquals("CREATE TABLE users (" + DriftComparison.CR, first.right());
    }

    @Test
    void aRealChangeIsDiffedAgainstTheCommitWhoseChecksumWasApplied(TestDatabase db) throws Exception {
        Git git = Git.init(dir);
        new MigrationFolder(dir).file("001_users.sql", USERS);
        git.commitAll("add users");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        new MigrationFolder(dir).file("001_users.sql", USERS.replace("email text NOT NULL", "email varchar(320)"));
        git.commitAll("shorter emails");

        RowSql.Drift drift = assertInstanceOf(RowSql.Drift.class, show(context(db), "001"));
        DriftComparison c = drift.comparison();
        assertEquals(false, c.cosmetic());
        assertEquals(DriftComparison.CHANGED_VERDICT, c.verdict());
        assertTrue(c.leftTitle().startsWith("The file as applied, from commit "), c.leftTitle());
        assertTrue(c.leftTitle().contains("add users"), c.leftTitle());
        assertEquals(List.of(new DiffLine(DiffLine.Kind.CHANGED, "    email text NOT NULL", "    email varchar(320)", 3, 3)),
                c.changes());
        assertTrue(c.left().text().contains("email text NOT NULL"));
        assertTrue(c.right().text().contains("email varchar(320)"));
    }

    @Test
    void aRealChangeWithoutHistoryShowsTheFileAndSaysWhyThereIsNoDiff(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", USERS);
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        new MigrationFolder(dir).file("001_users.sql", USERS + "CREATE INDEX users_email ON users (email);\n");

        RowSql.Documents docs = assertInstanceOf(RowSql.Documents.class, show(context(db), "001"));
        assertTrue(docs.heading().contains("The SQL changed"), docs.heading());
        assertTrue(docs.heading().contains("no commit of this file in git has the stored checksum"), docs.heading());
        assertEquals(1, docs.documents().size());
    }

    @Test
    void aDuplicateVersionShowsOneTabPerFile(TestDatabase db) throws Exception {
        new MigrationFolder(dir).copySample("native");
        RowSql.Documents docs = assertInstanceOf(RowSql.Documents.class, show(context(db), "003"));
        assertEquals(List.of("003_add_missing_request_columns.sql", "003_add_unread_tracking.sql"),
                docs.documents().stream().map(SqlDocument::title).sorted().toList());
        assertTrue(docs.heading().startsWith("Version 003 is claimed by 2 files"), docs.heading());
    }

    @Test
    void aMissingFileExplainsWhatTheTrackingRowSays(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", USERS);
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        new MigrationFolder(dir).delete("001_users.sql");

        RowSql.Explanation e = assertInstanceOf(RowSql.Explanation.class, show(context(db), "001"));
        assertTrue(e.heading().startsWith("No file on disk claims version 001 (MISSING_FILE)."), e.heading());
        assertTrue(e.heading().contains("keeps no copy of the SQL it ran"), e.heading());
        assertTrue(e.heading().contains("name: users"), e.heading());
    }

    @Test
    void aDbmateFileShowsWhatApplyRunsAndTheWholeFile(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("20240101000000_users.sql",
                "-- migrate:up\nCREATE TABLE users (id bigint);\n\n-- migrate:down\nDROP TABLE users;\n");
        PanelTestContext ctx = new PanelTestContext(db, dir, new DbmateTool(), home.resolve("journal.jsonl"),
                new SynchronousTaskRunner(), "dev");
        RowSql.Documents docs = assertInstanceOf(RowSql.Documents.class, show(ctx, "20240101000000"));
        assertEquals(2, docs.documents().size());
        assertEquals("What apply runs", docs.documents().get(0).title());
        assertTrue(docs.documents().get(0).text().contains("CREATE TABLE users"));
        assertTrue(!docs.documents().get(0).text().contains("DROP TABLE"), docs.documents().get(0).text());
        assertTrue(docs.documents().get(1).text().contains("DROP TABLE users"));
    }

    private PanelTestContext supabase(TestDatabase db) throws Exception {
        for (String ddl : List.of("CREATE SCHEMA IF NOT EXISTS supabase_migrations",
                "CREATE TABLE supabase_migrations.schema_migrations (version text NOT NULL PRIMARY KEY, statements text[],"
                        + " name text)")) {
            db.execute(ddl);
        }
        return new PanelTestContext(db, dir, new SupabaseTool(), home.resolve("journal.jsonl"),
                new SynchronousTaskRunner(), "dev");
    }

    @Test
    void aSupabaseDriftIsDiffedAgainstTheStatementsTheRowStored(TestDatabase db) throws Exception {
        PanelTestContext ctx = supabase(db);
        db.execute("INSERT INTO supabase_migrations.schema_migrations (version, name, statements) VALUES"
                + " ('20240101000000', 'users', ARRAY['create table users (id int)', 'create index u on users (id)'])");
        new MigrationFolder(dir).file("20240101000000_users.sql",
                "create table users (id bigint);\ncreate index u on users (id);\n");

        RowSql.Drift drift = assertInstanceOf(RowSql.Drift.class, show(ctx, "20240101000000"));
        DriftComparison c = drift.comparison();
        assertEquals(false, c.cosmetic());
        assertEquals("What Supabase CLI stored when it applied 20240101000000", c.leftTitle());
        assertEquals(List.of(new DiffLine(DiffLine.Kind.CHANGED, "create table users (id int);",
                "create table users (id bigint);", 1, 1)), c.changes());
    }

    @Test
    void aSupabaseRowWithoutItsFileShowsTheStoredStatements(TestDatabase db) throws Exception {
        PanelTestContext ctx = supabase(db);
        db.execute("INSERT INTO supabase_migrations.schema_migrations (version, name, statements) VALUES"
                + " ('20240101000000', 'users', ARRAY['create table users (id int)'])");
        RowSql.Documents docs = assertInstanceOf(RowSql.Documents.class, show(ctx, "20240101000000"));
        assertTrue(docs.heading().contains("the statements the tracking row stored"), docs.heading());
        assertEquals("create table users (id int);\n", docs.documents().get(0).text());
    }

    /** Just enough git for a work tree with history. */
    record Git(Path dir) {
        static Git init(Path dir) throws Exception {
            Git git = new Git(dir);
            git.run("init", "-q");
            return git;
        }

        void commitAll(String message) throws Exception {
            run("add", "-A");
            run("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", message);
        }

        void run(String... args) throws Exception {
            List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), String.join(" ", cmd) + ": " + out);
            assertTrue(Files.isDirectory(dir.resolve(".git")));
        }
    }
}
