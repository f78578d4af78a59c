package io.migrascope.ui.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.RecoveryOption;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.FindingCode;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.action.ActionExecution;
import io.migrascope.ui.action.ActionModel;
import io.migrascope.ui.action.FxThread;
import io.migrascope.ui.panels.PanelTestContext;
import io.migrascope.ui.task.SynchronousTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The guided recovery's steps without a screen, on a real database. */
@ExtendWith(PostgresExtension.class)
class RecoveryModelTest {
    @TempDir
    Path dir;

    @TempDir
    Path home;

    private RecoveryModel model(PanelTestContext ctx, FindingCode code) {
        Finding f = ctx.report().get().findings().stream().filter(x -> x.code() == code).findFirst().orElseThrow();
        RecoveryModel model = new RecoveryModel(ctx, f,
                a -> new ActionModel(ctx, a, ActionExecution.of(a, ctx.audit()), FxThread.DIRECT));
        model.load();
        return model;
    }

    @Test
    void aFailedMigrationWhoseObjectsAllExistRecommendsMarkApplied(TestDatabase db) throws Exception {
        new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint);\n")
                .file("002_orders.sql", "CREATE TABLE orders (id bigint);\nCREATE INDEX CONCURRENTLY orders_x ON orders (nope);\n");
        assertEquals(2, CliRun.apply(db, dir).exitCode());
        db.execute("CREATE INDEX orders_x ON orders (id)");
        PanelTestContext ctx = PanelTestContext.nativeDev(db, dir, home, new SynchronousTaskRunner()).load();
        RecoveryModel model = model(ctx, FindingCode.FAILED_MIGRATION);
        RecoveryOption chosen = model.chosen().get();
        assertTrue(chosen.recommended());
        assertEquals("Mark 002 applied", chosen.label());
        assertTrue(model.evidence().stream().anyMatch(l -> l.startsWith("catalog: 3 of 3 objects")), model.evidence().toString());

        model.next();
        model.next();
        model.next();
        assertEquals(RecoveryStep.PREVIEW, model.step().get());
        ActionModel action = model.action().get();
        assertEquals("Mark 002 applied", action.preview().title());
        action.reason().set("all objects exist");
        action.run();
        assertEquals(RecoveryStep.VERIFY, model.step().get());
        Verification v = model.verification().get();
        assertTrue(v.resolved());
        assertEquals("002: APPLIED — tracked as applied, file present, checksum matches", v.versions().get(0).line());
        assertFalse(model.canGoBack().get(), "what ran cannot be stepped back into");
    }

    @Test
    void aManualOptionHasNothingToRunAndVerifiesAfterTheHandWork(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);\n");
        assertEquals(0, CliRun.apply(db, dir).exitCode());
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint, email text);\n");
        PanelTestContext ctx = PanelTestContext.nativeDev(db, dir, home, new SynchronousTaskRunner()).load();
        RecoveryModel model = model(ctx, FindingCode.CHECKSUM_DRIFT);
        assertTrue(model.chosen().get().action().isEmpty());
        assertTrue(model.chosen().get().manualStep().startsWith("git log -p -- 001_users.sql"));
        model.next();
        model.next();
        model.next();
        assertNull(model.action().get(), "nothing for Migrascope to run");
        model.next();
        assertEquals(RecoveryStep.VERIFY, model.step().get());
        assertFalse(model.verification().get().resolved(), "the file still differs");

        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);\n");
        model.verifyNow();
        assertTrue(model.verification().get().resolved(), "restored by hand, verified");
    }

    @Test
    void theRewriteOfAPartlyRunFileIsSavedInTheBackground(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_revenue.sql", "CREATE TABLE revenue (id bigint PRIMARY KEY, payload jsonb);\n"
                + "CREATE INDEX revenue_payload ON revenue USING gin (payload);\n");
        db.execute("CREATE TABLE revenue (id bigint PRIMARY KEY, payload jsonb)");
        PanelTestContext ctx = PanelTestContext.nativeDev(db, dir, home, new SynchronousTaskRunner()).load();
        RecoveryModel model = model(ctx, FindingCode.PARTIALLY_APPLIED);
        String rewrite = model.chosen().get().manualStep();
        assertTrue(rewrite.contains("CREATE TABLE IF NOT EXISTS revenue"), rewrite);
        Path target = home.resolve("001_revenue.sql");
        model.saveManualStep(target, rewrite);
        assertTrue(model.saved().get().startsWith("Saved to "), model.saved().get());
        assertEquals(List.of(rewrite.strip()), List.of(Files.readString(target).strip()));
    }
}
