package io.migrascope.cli;

import io.migrascope.core.action.ActionException;
import io.migrascope.core.action.RepairAction;
import io.migrascope.core.action.RepairExecutor;
import io.migrascope.core.action.TrackingWrite;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.Database;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code repair <kind>}: one guarded, previewed, journaled change to one migration's tracking rows. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Repairs one migration's tracking rows as the tool itself would write them; previewed,"
                + " journaled, undoable with 'journal undo'.",
        subcommands = {RepairCommand.MarkApplied.class, RepairCommand.MarkRolledBack.class,
            RepairCommand.DeleteRow.class, RepairCommand.Realign.class, RenumberCommand.class, SyncCommand.class})
final class RepairCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every repair sub-command shares; the kind says which repair. */
    abstract static class One implements Callable<Integer> {
        @Mixin
        TargetOptions target = new TargetOptions();

        @Mixin
        WriteOptions write = new WriteOptions();

        @Option(names = "--version", required = true, paramLabel = "V", description = "The migration's version.")
        String version;

        @Spec
        CommandSpec spec;

        abstract ActionKind kind();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Reading read = Reading.of(target);
            Database db = read.db();
            Audit audit = read.audit();
            Report report = read.report();
            RepairAction action = RepairAction.plan(report, read.writer(), kind(),
                    Version.parse(version));
            out.print(action.preview().render());
            out.flush();
            if (!action.blockers().isEmpty()) {
                throw new CommandFailure(action.preview().title() + " is refused; nothing was written:\n  - "
                        + String.join("\n  - ", action.blockers()));
            }
            if (write.dryRun) {
                out.println("\nDry run: nothing was changed.");
                return report.exitCode();
            }
            if (!write.yes && !confirmed(out, db)) {
                throw new CommandFailure("not confirmed; nothing was written (pass --yes to run without a prompt)");
            }
            TrackingWrite done;
            try {
                done = new RepairExecutor(write.context(db), audit).execute(action);
            } catch (ActionException e) {
                throw new CommandFailure(e.getMessage());
            }
            Report after = read.again();
            String state = after.row(action.version()).map(MigrationRow::state).map(Enum::name)
                    .orElse("no longer listed");
            out.println("\nDone: " + done.removed().size() + " row(s) removed, " + done.added().size()
                    + " added; journal entry " + done.journalId() + ". Migration " + version + " is now " + state + ".");
            out.println("Undo with: migrascope journal undo " + done.journalId() + " --url <the same database>");
            return after.exitCode();
        }

        /** Destructive repairs want the version typed back, not just a yes. */
        private boolean confirmed(PrintWriter out, Database db) {
            if (kind() == ActionKind.DELETE_TRACKING_ROW) {
                return Confirmation.askFor(out, "This deletes tracking rows in " + db.spec().label()
                        + ". Type the version (" + version + ") to go on: ", version);
            }
            return Confirmation.ask(out, "Write this to " + db.spec().label() + "? Type 'yes' to go on: ");
        }
    }

    @Command(name = "mark-applied", mixinStandardHelpOptions = true,
            description = "Record a migration as applied without running its SQL (its objects must already exist).")
    static final class MarkApplied extends One {
        @Override
        ActionKind kind() {
            return ActionKind.MARK_APPLIED;
        }
    }

    @Command(name = "mark-rolled-back", mixinStandardHelpOptions = true,
            description = "Record a failed migration as rolled back, as the tool's own resolve/repair/force does.")
    static final class MarkRolledBack extends One {
        @Override
        ActionKind kind() {
            return ActionKind.MARK_ROLLED_BACK;
        }
    }

    @Command(name = "delete-row", mixinStandardHelpOptions = true,
            description = "Delete a migration's tracking row(s); the rows are kept in the journal for undo.")
    static final class DeleteRow extends One {
        @Override
        ActionKind kind() {
            return ActionKind.DELETE_TRACKING_ROW;
        }
    }

    @Command(name = "realign", mixinStandardHelpOptions = true,
            description = "Store the file's current checksum; only when the change is cosmetic (DRIFTED_COSMETIC).")
    static final class Realign extends One {
        @Override
        ActionKind kind() {
            return ActionKind.REALIGN_CHECKSUM;
        }
    }
}
