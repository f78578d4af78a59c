package io.migrascope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.action.RenumberAction;
import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.ui.task.SynchronousTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The toolbar's enablement is the core planner's verdict on the selection, against a real database. */
@ExtendWith(PostgresExtension.class)
class GuardedActionsTest {
    @TempDir
    Path dir;

    private ConsoleSession open(TestDatabase db, Environment env) {
        Profile profile = ConsoleFixtures.profile(db, dir, env);
        SynchronousTaskRunner tasks = new SynchronousTaskRunner();
        ConsoleSession session = new ConsoleSession(profile, tasks,
                ConsoleFixtures.passwords(db, profile).sourceFor(profile, Map.of()), Journal.standard());
        session.open(() -> { }, e -> {
            throw new AssertionError(e);
        });
        return session;
    }

    private static GuardedActions actionsFor(ConsoleSession session) {
        GuardedActions actions = new GuardedActions(new SynchronousTaskRunner());
        actions.setReport(session.report().get(), session.audit(), session.database().spec().database());
        actions.setReadOnly(session.readOnly().get());
        return actions;
    }

    private static MigrationRow row(Report report, String version) {
        return report.row(Version.parse(version)).orElseThrow();
    }

    @Test
    void realignIsEnabledOnlyOnACosmeticallyDriftedRow(TestDatabase db) {
        ConsoleFixtures.nativeSamplePartlyApplied(db, dir);
        ConsoleSession session = open(db, Environment.DEV);
        Report report = session.report().get();
        GuardedActions actions = actionsFor(session);

        assertFalse(actions.enabled(ActionKind.REALIGN_CHECKSUM).get());
        assertEquals("Select one migration in the table", actions.reason(ActionKind.REALIGN_CHECKSUM).get());

        actions.setSelection(List.of(row(report, "001")));
        assertTrue(actions.enabled(ActionKind.REALIGN_CHECKSUM).get(), actions.reason(ActionKind.REALIGN_CHECKSUM).get());
        assertFalse(actions.enabled(ActionKind.MARK_ROLLED_BACK).get(), "the native writer refuses it for an applied file");
        assertTrue(actions.reason(ActionKind.MARK_ROLLED_BACK).get().contains("Delete the row instead"),
                actions.reason(ActionKind.MARK_ROLLED_BACK).get());
        assertTrue(actions.enabled(ActionKind.DELETE_TRACKING_ROW).get(), actions.reason(ActionKind.DELETE_TRACKING_ROW).get());
        assertFalse(actions.enabled(ActionKind.MARK_APPLIED).get());

        actions.setSelection(List.of(row(report, "002")));
        assertFalse(actions.enabled(ActionKind.REALIGN_CHECKSUM).get());
        assertTrue(actions.reason(ActionKind.REALIGN_CHECKSUM).get()
                .contains("realign is only for a cosmetic change"), actions.reason(ActionKind.REALIGN_CHECKSUM).get());

        actions.setSelection(List.of(row(report, "004")));
        assertTrue(actions.enabled(ActionKind.MARK_APPLIED).get());
        assertFalse(actions.enabled(ActionKind.DELETE_TRACKING_ROW).get());
        assertFalse(actions.enabled(ActionKind.RENUMBER_FILE).get());

        actions.setSelection(List.of(row(report, "004"), row(report, "007")));
        assertFalse(actions.enabled(ActionKind.MARK_APPLIED).get(), "a repair is for one migration");
    }

    @Test
    void applyIsBlockedByTheDuplicatesAndRenumberOffersBothUnappliedFiles(TestDatabase db) {
        ConsoleFixtures.nativeSamplePartlyApplied(db, dir);
        ConsoleSession session = open(db, Environment.DEV);
        GuardedActions actions = actionsFor(session);

        assertFalse(actions.enabled(ActionKind.APPLY).get());
        assertTrue(actions.reason(ActionKind.APPLY).get().contains("version 003 is claimed by"),
                actions.reason(ActionKind.APPLY).get());
        assertFalse(actions.enabled(ActionKind.SYNC).get(), "nothing untracked has all its objects");

        actions.setSelection(List.of(row(session.report().get(), "005")));
        assertTrue(actions.enabled(ActionKind.RENUMBER_FILE).get());
        List<String> from = actions.plan(ActionKind.RENUMBER_FILE).orElseThrow().runnable().stream()
                .map(a -> Path.of(((RenumberAction) a).move().from()).getFileName().toString()).toList();
        assertEquals(List.of("005_add_request_pins.sql", "005_enhance_chat_for_phase1.sql"), from);
        assertTrue(actions.recoverEnabled().get(), "a duplicate has a guided recovery");
        assertEquals("DUPLICATE_VERSION", actions.recoverTarget().orElseThrow().code().name());
    }

    @Test
    void aReadOnlyProfileEnablesNoWriteAndSaysWhy(TestDatabase db) {
        ConsoleFixtures.nativeSamplePartlyApplied(db, dir);
        ConsoleSession session = open(db, Environment.PRODUCTION);
        assertTrue(session.readOnly().get());
        GuardedActions actions = actionsFor(session);
        actions.setSelection(List.of(row(session.report().get(), "001")));
        for (ActionKind kind : ActionKind.values()) {
            assertFalse(actions.enabled(kind).get(), kind.name());
        }
        assertTrue(actions.reason(ActionKind.REALIGN_CHECKSUM).get().startsWith("Read-only: Realign the checksum of 001"),
                actions.reason(ActionKind.REALIGN_CHECKSUM).get());
        actions.setReadOnly(false);
        assertTrue(actions.enabled(ActionKind.REALIGN_CHECKSUM).get());
    }
}
