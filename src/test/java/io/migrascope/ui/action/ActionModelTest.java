package io.migrascope.ui.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.Action;
import io.migrascope.core.action.ApplyAction;
import io.migrascope.core.action.ApplyOptions;
import io.migrascope.core.action.RepairAction;
import io.migrascope.core.journal.JournalEntry;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.nativeformat.NativeTool;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.panels.PanelTestContext;
import io.migrascope.ui.task.SynchronousTaskRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The dialog's guards and its run, without a screen, against a real database. */
@ExtendWith(PostgresExtension.class)
class ActionModelTest {
    @TempDir
    Path dir;

    @TempDir
    Path home;

    private PanelTestContext context(TestDatabase db, String environment) throws Exception {
        return new PanelTestContext(db, dir, new NativeTool(), home.resolve("journal.jsonl"),
                new SynchronousTaskRunner(), environment).load();
    }

    private static ActionModel model(PanelTestContext ctx, Action action) {
        return new ActionModel(ctx, action, ActionExecution.of(action, ctx.audit()), FxThread.DIRECT);
    }

    private static RepairAction repair(PanelTestContext ctx, ActionKind kind, String version) {
        Report report = ctx.report().get();
        return RepairAction.plan(report, ctx.audit().writer(ctx.database().spec().database()), kind,
                Version.parse(version));
    }

    @Test
    void blockersKeepRunDisabledAndRunDoesNothing(TestDatabase db) throws Exception {
        new MigrationFolder(dir).copySample("native");
        PanelTestContext ctx = context(db, "dev");
        ApplyAction apply = ApplyAction.plan(ctx.report().get(), ctx.audit().tool(),
                ctx.audit().writer(ctx.database().spec().database()), ApplyOptions.defaults());
        ActionModel model = model(ctx, apply);
        assertFalse(model.preview().blockers().isEmpty());
        assertFalse(model.runnable().get());
        assertEquals("It cannot run until the blockers above are resolved.", model.whyNotRunnable().get());
        model.run();
        assertEquals(ActionModel.Phase.READY, model.phase().get());
        assertFalse(db.tableExists("schema_migrations"));
    }

    @Test
    void deletingATrackingRowNeedsTheVersionTypedBack(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        PanelTestContext ctx = context(db, "dev");
        ActionModel model = model(ctx, repair(ctx, ActionKind.DELETE_TRACKING_ROW, "001"));
        assertEquals(List.of("version"), model.guards().keySet().stream().map(ActionGuard::id).toList());
        assertFalse(model.runnable().get());
        model.run();
        assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations"), "nothing ran unconfirmed");
        model.typed("version").set("1");
        assertFalse(model.runnable().get(), "the version exactly as written");
        model.typed("version").set(" 001 ");
        assertTrue(model.runnable().get());
        model.run();
        assertEquals(ActionModel.Phase.SUCCEEDED, model.phase().get(), model.failure().get());
        assertEquals(List.of(), db.column("SELECT version FROM schema_migrations"));
    }

    @Test
    void productionNeedsTheDatabaseNameTyped(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        PanelTestContext ctx = context(db, "production");
        ActionModel model = model(ctx, repair(ctx, ActionKind.MARK_APPLIED, "001"));
        assertEquals(List.of("database"), model.guards().keySet().stream().map(ActionGuard::id).toList());
        assertFalse(model.runnable().get());
        model.typed("database").set("production");
        assertFalse(model.runnable().get());
        model.typed("database").set(db.name());
        assertTrue(model.runnable().get());
    }

    @Test
    void deletingARowInProductionNeedsBothTheVersionAndTheDatabaseName(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        PanelTestContext ctx = context(db, "production");
        ActionModel model = model(ctx, repair(ctx, ActionKind.DELETE_TRACKING_ROW, "001"));
        model.typed("version").set("001");
        assertFalse(model.runnable().get());
        model.typed("database").set(db.name());
        assertTrue(model.runnable().get());
    }

    @Test
    void aReadOnlyProfileNeverRuns(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        PanelTestContext ctx = context(db, "dev");
        ctx.setReadOnly(true);
        ActionModel model = model(ctx, repair(ctx, ActionKind.MARK_APPLIED, "001"));
        assertFalse(model.runnable().get());
        assertTrue(model.whyNotRunnable().get().startsWith("This profile is read-only"));
        model.run();
        assertEquals(ActionModel.Phase.READY, model.phase().get());
        assertFalse(db.tableExists("schema_migrations"));
        ctx.setReadOnly(false);
        assertTrue(model.runnable().get(), "unlocking the profile enables it");
    }

    @Test
    void aRepairRunsOnTheDatabaseAndTheJournalKeepsTheEntryWithTheReason(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        db.execute("CREATE TABLE users (id bigint)");
        PanelTestContext ctx = context(db, "dev");
        ActionModel model = model(ctx, repair(ctx, ActionKind.MARK_APPLIED, "001"));
        model.reason().set("ticket 42");
        model.run();
        assertEquals(ActionModel.Phase.SUCCEEDED, model.phase().get(), model.failure().get());
        assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations"));
        String id = model.journalId().get();
        JournalEntry entry = ctx.journal().find(id).orElseThrow();
        assertEquals("mark-applied", entry.action());
        assertEquals("ticket 42", entry.reason());
        assertEquals(List.of("001"), entry.versions());
        assertTrue(entry.isCommitted());
        assertEquals(1, entry.added().size());
        assertEquals("Marked 001 applied", model.doneHeadline());
        assertTrue(model.result().get().contains("journal entry " + id), model.result().get());
        assertEquals(1, ctx.refreshes(), "the state is read again afterwards");
        assertEquals("APPLIED", ctx.report().get().row(Version.parse("001")).orElseThrow().state().name());
    }

    @Test
    void aFailedApplyShowsTheFileTheStatementAndTheSqlState(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint);")
                .file("002_broken.sql", "CREATE TABLE orders (id bigint);\nALTER TABLE orders ADD COLUMN user_id bigint REFERENCES nowhere (id);\n");
        PanelTestContext ctx = context(db, "dev");
        ApplyAction apply = ApplyAction.plan(ctx.report().get(), ctx.audit().tool(),
                ctx.audit().writer(ctx.database().spec().database()), ApplyOptions.defaults());
        ActionModel model = model(ctx, apply);
        model.run();
        assertEquals(ActionModel.Phase.FAILED, model.phase().get());
        String failure = model.failure().get();
        assertTrue(failure.contains("002_broken.sql failed at statement 2 of 2 (line 2)"), failure);
        assertTrue(failure.contains("SQLSTATE 42P01"), failure);
        assertTrue(failure.contains("1 file(s) before it are applied and recorded"), failure);
        assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations"));
        assertEquals(1, ctx.refreshes(), "what did run shows in the table");
    }

    @Test
    void theAlreadyTrackedQuestionIsAskedAndNoAppliesNothingOfTheFile(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("001_base.sql", "CREATE TABLE base (id bigint);")
                .file("002_dump.sql", "CREATE TABLE restored (id bigint);\n"
                        + "INSERT INTO schema_migrations (version, name, checksum, success) VALUES ('002', 'dump', 'from a dump', true);\n");
        PanelTestContext ctx = context(db, "dev");
        ApplyAction apply = ApplyAction.plan(ctx.report().get(), ctx.audit().tool(),
                ctx.audit().writer(ctx.database().spec().database()), ApplyOptions.defaults());
        ActionModel model = model(ctx, apply);
        List<String> asked = new java.util.ArrayList<>();
        model.question().addListener((obs, old, q) -> {
            if (q != null) {
                asked.add(q.detail());
                q.stop();
            }
        });
        model.run();
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).contains("SQLSTATE 23505"), asked.get(0));
        assertEquals(ActionModel.Phase.FAILED, model.phase().get());
        assertTrue(model.failure().get().contains("Nothing of it was applied"), model.failure().get());
        assertFalse(db.tableExists("restored"));
        assertEquals(List.of("001"), db.column("SELECT version FROM schema_migrations"));
    }
}
