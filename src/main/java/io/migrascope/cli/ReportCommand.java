package io.migrascope.cli;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.audit.report.EvidenceReport;
import io.migrascope.core.db.LockHolder;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.model.Report;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: the evidence report for a ticket or an auditor. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the current state — every migration with its evidence, the findings, and this"
                + " database's journal entries — as Markdown, HTML or JSON, for a ticket or an auditor.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    TargetOptions target = new TargetOptions();

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|html|json",
            description = "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Reading read = Reading.of(target);
        Audit audit = read.audit();
        Report report = read.report();
        List<LockHolder> holders = read.holders();
        Journal.Contents journal = JournalCommand.readKeepingDamageAside(Journal.standard(), spec.commandLine().getErr());
        EvidenceReport evidence = new EvidenceReport(report, audit.folder().toString(), holders,
                EvidenceReport.forDatabase(journal.entries(), report.database()), Instant.now());
        String text = switch (format) {
            case "md", "markdown" -> evidence.markdown();
            case "html" -> evidence.html();
            case "json" -> evidence.json();
            default -> throw new IllegalArgumentException("--format takes md, html or json, not '" + format + "'");
        };
        if (out != null) {
            Files.writeString(out, text);
            spec.commandLine().getErr().println("migrascope: wrote the evidence report to " + out);
        } else {
            PrintWriter w = spec.commandLine().getOut();
            w.print(text);
            w.flush();
        }
        return report.exitCode();
    }
}
