package io.migrascope.cli;

import io.migrascope.core.action.Action;
import io.migrascope.core.action.ActionException;
import io.migrascope.core.action.ActionRunner;
import io.migrascope.core.action.ApplyListener;
import io.migrascope.core.action.Cancellation;
import io.migrascope.core.action.Preview;
import io.migrascope.core.action.RecoveryGuide;
import io.migrascope.core.action.RecoveryOption;
import io.migrascope.core.action.RecoveryPlanner;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.Database;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import java.io.PrintWriter;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recover}: each finding walked through for support staff — what happened, the evidence,
 * the options and their consequences — then the chosen option, previewed, and a verification.
 */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Guided recovery. Without --finding: the problems, numbered. With --finding N: what happened,"
                + " the evidence and the options. With --option K: the option's preview; it runs after confirmation"
                + " (or --yes), then the state is read again and the objects probed again."})
final class RecoverCommand implements Callable<Integer> {
    @Mixin
    TargetOptions target = new TargetOptions();

    @Mixin
    WriteOptions write = new WriteOptions();

    @Option(names = "--finding", paramLabel = "N", description = "The problem to walk through (from the list).")
    Integer finding;

    @Option(names = "--option", paramLabel = "K", description = "The option to carry out.")
    Integer option;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Reading read = Reading.of(target);
        Database db = read.db();
        Audit audit = read.audit();
        Report report = read.report();
        List<RecoveryGuide> guides = new RecoveryPlanner(report, audit.tool(), read.writer()).guides();
        if (finding == null) {
            return list(out, report, guides);
        }
        if (finding < 1 || finding > guides.size()) {
            throw new IllegalArgumentException("there is no problem " + finding + "; there are " + guides.size()
                    + " (run recover without --finding to list them)");
        }
        RecoveryGuide guide = guides.get(finding - 1);
        if (option == null) {
            show(out, guide);
            return report.exitCode();
        }
        return carryOut(out, db, audit, guide);
    }

    private int list(PrintWriter out, Report report, List<RecoveryGuide> guides) {
        out.println("Recovery for " + report.database() + " (" + report.tool() + "):");
        if (guides.isEmpty()) {
            out.println("  Nothing to recover: every migration is in order.");
        }
        for (int i = 0; i < guides.size(); i++) {
            RecoveryGuide g = guides.get(i);
            out.println("  " + (i + 1) + ". " + g.title() + " — " + g.finding().message());
        }
        if (!guides.isEmpty()) {
            out.println("\nNext: migrascope recover ... --finding 1");
        }
        return report.exitCode();
    }

    private void show(PrintWriter out, RecoveryGuide g) {
        out.println("== " + g.title());
        out.println("\nWhat happened\n  " + g.whatHappened());
        out.println("\nEvidence");
        g.evidence().forEach(e -> out.println("  - " + e));
        out.println("\nOptions");
        List<RecoveryOption> options = g.options();
        for (int i = 0; i < options.size(); i++) {
            RecoveryOption o = options.get(i);
            out.println("  " + (i + 1) + ". " + o.label() + (o.recommended() ? "   <- recommended by the evidence" : ""));
            out.println("     " + o.consequence());
            o.action().map(Action::preview).filter(p -> !p.isRunnable())
                    .ifPresent(p -> out.println("     (not possible now: " + String.join("; ", p.blockers()) + ")"));
            if (!o.manualStep().isEmpty()) {
                out.println("     By hand:");
                o.manualStep().lines().forEach(l -> out.println("       " + l));
            }
        }
        if (options.stream().anyMatch(o -> o.action().isPresent())) {
            out.println("\nNext: migrascope recover ... --finding N --option K  (shows the exact preview, then asks)");
        }
    }

    private int carryOut(PrintWriter out, Database db, Audit audit, RecoveryGuide guide) throws Exception {
        if (option < 1 || option > guide.options().size()) {
            throw new IllegalArgumentException("there is no option " + option + " for " + guide.title());
        }
        RecoveryOption chosen = guide.options().get(option - 1);
        if (!chosen.manualStep().isEmpty()) {
            out.println("By hand first:");
            chosen.manualStep().lines().forEach(l -> out.println("  " + l));
        }
        if (chosen.action().isEmpty()) {
            out.println("\nThis option has no step Migrascope can take for you; run recover again afterwards to verify.");
            return 0;
        }
        Action action = chosen.action().get();
        Preview preview = action.preview();
        out.print(preview.render());
        out.flush();
        if (!preview.isRunnable()) {
            throw new CommandFailure("this option is not possible now:\n  - " + String.join("\n  - ", preview.blockers()));
        }
        if (write.dryRun) {
            out.println("\nDry run: nothing was changed.");
            return 0;
        }
        if (!write.yes && !Confirmation.ask(out, "Carry out '" + chosen.label() + "' on " + db.spec().label()
                + "? Type 'yes' to go on: ")) {
            throw new CommandFailure("not confirmed; nothing was changed");
        }
        String done;
        try {
            done = new ActionRunner(write.context(db), audit).run(action, ApplyListener.NONE, new Cancellation());
        } catch (ActionException e) {
            throw new CommandFailure(e.getMessage());
        }
        out.println("\nDone: " + done + ".");
        return verify(out, db, audit, guide);
    }

    /** Reads the state again and probes the objects again: the result, not the hope. */
    private int verify(PrintWriter out, Database db, Audit audit, RecoveryGuide guide) throws Exception {
        Report after;
        try (Connection c = db.open()) {
            after = audit.run(c, db.spec().label());
        }
        out.println("\nVerification (state read again, objects probed again):");
        for (Version v : guide.finding().versions()) {
            MigrationRow row = after.rows().stream().filter(r -> r.version().equals(v)).findFirst().orElse(null);
            if (row == null) {
                out.println("  " + v + ": no longer listed (no file, no tracking row)");
                continue;
            }
            out.println("  " + v + ": " + row.state());
            if (row.objects() != null) {
                row.objects().lines().forEach(l -> out.println("      " + l));
            }
        }
        boolean stillThere = after.findings().stream().anyMatch(f -> f.code() == guide.finding().code()
                && f.versions().equals(guide.finding().versions()));
        out.println(stillThere ? "\nThe problem is still there; run recover again to see the remaining options."
                : "\nResolved: " + guide.title() + " is gone.");
        return after.exitCode();
    }
}
