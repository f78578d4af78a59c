package io.migrascope.cli;

import io.migrascope.core.action.ActionException;
import io.migrascope.core.action.SyncAction;
import io.migrascope.core.action.SyncExecutor;
import io.migrascope.core.action.TrackingWrite;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.Database;
import io.migrascope.core.model.Report;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code repair sync}: seed 004 in one command — mark applied exactly the files whose schema is already there. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Where tracking is empty or behind but the schema exists, mark applied exactly the files whose"
                + " objects all exist (checked in pg_catalog), in order; partly present files are listed, never marked.")
final class SyncCommand implements Callable<Integer> {
    @Mixin
    TargetOptions target = new TargetOptions();

    @Mixin
    WriteOptions write = new WriteOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Reading read = Reading.of(target);
        Database db = read.db();
        Audit audit = read.audit();
        Report report = read.report();
        SyncAction action = SyncAction.plan(report, read.writer());
        out.print(action.preview().render());
        out.flush();
        if (!action.blockers().isEmpty()) {
            throw new CommandFailure("sync is refused; nothing was written:\n  - " + String.join("\n  - ", action.blockers()));
        }
        if (write.dryRun) {
            out.println("\nDry run: nothing was changed.");
            return report.exitCode();
        }
        if (!write.yes && !Confirmation.ask(out, "Mark " + action.versions().size() + " migration(s) applied in "
                + db.spec().label() + "? Type 'yes' to go on: ")) {
            throw new CommandFailure("not confirmed; nothing was written (pass --yes to run without a prompt)");
        }
        TrackingWrite done;
        try {
            done = new SyncExecutor(write.context(db), audit).execute(action);
        } catch (ActionException e) {
            throw new CommandFailure(e.getMessage());
        }
        out.println("\nSynced: " + done.added().size() + " tracking row(s) written; journal entry " + done.journalId()
                + ". Undo with: migrascope journal undo " + done.journalId() + " --url <the same database>");
        return read.again().exitCode();
    }
}
