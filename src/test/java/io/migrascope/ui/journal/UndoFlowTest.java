package io.migrascope.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.ApplyListener;
import io.migrascope.core.action.Cancellation;
import io.migrascope.core.action.RenumberAction;
import io.migrascope.core.action.UndoAction;
import io.migrascope.core.action.WriteContext;
import io.migrascope.core.journal.JournalEntry;
import io.migrascope.core.model.Version;
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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Undo without a screen: a renumber's file move is taken back without any database. */
@ExtendWith(PostgresExtension.class)
class UndoFlowTest {
    @TempDir
    Path dir;

    @TempDir
    Path home;

    @Test
    void aRenumberIsUndoneByMovingTheFileBackWithoutTheDatabase(TestDatabase db) throws Exception {
        new MigrationFolder(dir).copySample("native");
        PanelTestContext ctx = PanelTestContext.nativeDev(db, dir, home, new SynchronousTaskRunner()).load();
        RenumberAction renumber = RenumberAction.plan(ctx.report().get(), ctx.audit().tool(), Version.parse("003"),
                "003_add_unread_tracking.sql");
        ActionModel run = new ActionModel(ctx, renumber, ActionExecution.of(renumber, ctx.audit()), FxThread.DIRECT);
        run.run();
        assertEquals(ActionModel.Phase.SUCCEEDED, run.phase().get(), run.failure().get());
        Path moved = Path.of(renumber.move().to());
        assertTrue(Files.exists(moved));
        assertFalse(Files.exists(dir.resolve("003_add_unread_tracking.sql")));

        List<JournalEntry> entries = ctx.journal().read().entries();
        JournalEntry entry = entries.stream().filter(e -> e.id().equals(run.journalId().get())).findFirst().orElseThrow();
        UndoAction undo = UndoAction.plan(entry, entries);
        assertFalse(undo.touchesRows());
        WriteContext noDatabase = new WriteContext(null, ctx.journal(), "put it back", Duration.ZERO);
        String done = UndoFlow.execution(ctx, undo).run(noDatabase, ApplyListener.NONE, new Cancellation());
        assertTrue(done.startsWith("undid journal entry " + entry.id()), done);
        assertTrue(Files.exists(dir.resolve("003_add_unread_tracking.sql")));
        assertFalse(Files.exists(moved));
        assertTrue(ctx.journal().read().entries().stream()
                .anyMatch(e -> entry.id().equals(e.undoOf()) && e.isCommitted()));
    }
}
