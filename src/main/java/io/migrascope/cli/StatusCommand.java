package io.migrascope.cli;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.audit.report.ReportJson;
import io.migrascope.core.model.Report;
import io.migrascope.core.db.LockHolder;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Lays the migration files against the tracking table and reports every migration's state.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    TargetOptions target = new TargetOptions();

    @Option(names = "--json", description = "Print one JSON document instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Reading read = Reading.of(target);
        Audit audit = read.audit();
        Report report = read.report();
        List<LockHolder> holders = read.holders();
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(ReportJson.write(report, holders));
        } else {
            new ReportTable(out).print(report, audit);
            holders.forEach(h -> out.println("Lock: the migration lock is held by " + h.describe()));
        }
        out.flush();
        return report.exitCode();
    }
}
