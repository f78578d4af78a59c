package io.migrascope.cli;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.Database;
import io.migrascope.core.model.Report;
import java.sql.Connection;
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
        Database db = target.database();
        Audit audit;
        Report report;
        try (Connection c = db.open()) {
            c.setReadOnly(true);
            audit = target.audit(c);
            report = audit.run(c, db.spec().label());
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(ReportJson.write(report));
        } else {
            new ReportTable(out).print(report, audit);
        }
        out.flush();
        return report.exitCode();
    }
}
