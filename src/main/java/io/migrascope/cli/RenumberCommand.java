package io.migrascope.cli;

import io.migrascope.core.action.ActionException;
import io.migrascope.core.action.RenumberAction;
import io.migrascope.core.action.RenumberExecutor;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.Database;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code repair renumber}: seed 002's procedure — git mv the unapplied duplicate to the next free version. */
@Command(name = "renumber", mixinStandardHelpOptions = true,
        description = "Rename the not-yet-applied file of a duplicate version (or an out-of-order file) to the next"
                + " version free in the folder and the tracking table; git mv inside a git work tree.")
final class RenumberCommand implements Callable<Integer> {
    @Mixin
    TargetOptions target = new TargetOptions();

    @Mixin
    WriteOptions write = new WriteOptions();

    @Option(names = "--version", required = true, paramLabel = "V", description = "The duplicate version.")
    String version;

    @Option(names = "--file", paramLabel = "NAME",
            description = "Which file to renumber, when neither is applied (the choice is then yours).")
    String file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Reading read = Reading.of(target);
        Database db = read.db();
        Audit audit = read.audit();
        Report report = read.report();
        RenumberAction action = RenumberAction.plan(report, audit.tool(), Version.parse(version), file);
        out.print(action.preview().render());
        out.flush();
        if (!action.blockers().isEmpty()) {
            throw new CommandFailure("renumber is refused; nothing was renamed:\n  - "
                    + String.join("\n  - ", action.blockers()));
        }
        if (write.dryRun) {
            out.println("\nDry run: nothing was renamed.");
            return report.exitCode();
        }
        if (!write.yes && !Confirmation.ask(out, "Rename it? Type 'yes' to go on: ")) {
            throw new CommandFailure("not confirmed; nothing was renamed (pass --yes to run without a prompt)");
        }
        String id;
        try {
            id = new RenumberExecutor(write.context(db), audit).execute(action, file);
        } catch (ActionException e) {
            throw new CommandFailure(e.getMessage());
        }
        out.println("\nRenamed; journal entry " + id + ". Undo with: migrascope journal undo " + id);
        return read.again().exitCode();
    }
}
