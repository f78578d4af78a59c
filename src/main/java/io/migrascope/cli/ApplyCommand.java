package io.migrascope.cli;

import io.migrascope.core.action.ApplyAction;
import io.migrascope.core.action.ActionException;
import io.migrascope.core.action.ApplyExecutor;
import io.migrascope.core.action.ApplyListener;
import io.migrascope.core.action.ApplyOptions;
import io.migrascope.core.action.Cancellation;
import io.migrascope.core.action.Preview;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.Database;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.RunOutcome;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Runs the pending migrations in version order, each file with its tracking row in one"
                + " transaction, under the migration lock.",
                "Without --yes it prints the preview and asks; --dry-run prints the preview and changes nothing."})
final class ApplyCommand implements Callable<Integer> {
    @Mixin
    TargetOptions target = new TargetOptions();

    @Mixin
    WriteOptions write = new WriteOptions();

    @Option(names = "--out-of-order", description = "Also run files older than the newest applied migration.")
    boolean outOfOrder;

    @Option(names = "--accept-already-tracked",
            description = "When a file inserts its own tracking row (SQLSTATE 23505 on the tool's insert), keep it.")
    boolean acceptAlreadyTracked;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ApplyOptions options = new ApplyOptions(outOfOrder);
        Reading read = Reading.of(target);
        Database db = read.db();
        Audit audit = read.audit();
        Report report = read.report();
        ApplyAction action = ApplyAction.plan(report, audit.tool(), read.writer(), options);
        Preview preview = action.preview();
        out.print(preview.render());
        out.flush();
        if (!preview.isRunnable()) {
            throw new CommandFailure("apply is blocked; nothing was run:\n  - "
                    + String.join("\n  - ", preview.blockers()));
        }
        if (action.files().isEmpty()) {
            out.println("Nothing to apply: the database is up to date.");
            return report.exitCode();
        }
        if (write.dryRun) {
            out.println("\nDry run: nothing was changed.");
            return Cli.PENDING_ONLY;
        }
        if (!write.yes && !Confirmation.ask(out, "Apply " + action.files().size() + " migration(s) to "
                + db.spec().label() + "? Type 'yes' to go on: ")) {
            throw new CommandFailure("not confirmed; nothing was run (pass --yes to run without a prompt)");
        }
        List<RunOutcome> done;
        try {
            done = new ApplyExecutor(write.context(db), audit, options, new Progress(out, acceptAlreadyTracked),
                    new Cancellation())
                    .execute(action);
        } catch (ActionException e) {
            throw new CommandFailure(e.getMessage());
        }
        out.println("Applied " + done.size() + " migration(s).");
        return read.again().exitCode();
    }

    /** Prints one line per file as it finishes. */
    private record Progress(PrintWriter out, boolean acceptAlreadyTracked) implements ApplyListener {
        @Override
        public boolean confirmAlreadyTracked(MigrationFile file, String detail) {
            out.println(detail);
            if (acceptAlreadyTracked) {
                out.println("Keeping the file's own tracking row (--accept-already-tracked).");
                return true;
            }
            return System.console() != null
                    && Confirmation.ask(out, "Is " + file.file() + " meant to record itself? Type 'yes' to keep it: ");
        }

        @Override
        public void waitingForLock(String holder) {
            out.println("Waiting for the migration lock, held by " + holder);
            out.flush();
        }

        @Override
        public void appliedMeanwhile(List<MigrationFile> files) {
            out.println("Not run again: " + files.stream().map(MigrationFile::file).collect(Collectors.joining(", "))
                    + " (another session applied " + (files.size() == 1 ? "it" : "them")
                    + " while this one waited for the lock).");
            out.flush();
        }

        @Override
        public void fileFinished(int index, int total, MigrationFile file, RunOutcome outcome) {
            out.printf("[%d/%d] %s applied in %d ms%n", index, total, file.file(), outcome.executionMs());
            out.flush();
        }
    }
}
