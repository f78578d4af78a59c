package io.migrascope.core.audit.compare;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code apply} would run on the next environment, given what ran on the previous one — the
 * release manager's question "is staging what production will become?".
 *
 * @param from     the environment already promoted to (staging)
 * @param to       the environment to promote to (production)
 * @param willRun  versions apply would run on {@code to}, in order
 * @param warnings where {@code to} would get other SQL than {@code from} ran, or gets what {@code from} never ran
 */
public record Promotion(String from, String to, List<String> willRun, List<String> warnings) {

    public static Promotion between(Comparison comparison, String from, String to) {
        int f = comparison.indexOf(from);
        int t = comparison.indexOf(to);
        Report fromReport = comparison.results().get(f).report();
        Report toReport = comparison.results().get(t).report();
        if (fromReport == null || toReport == null) {
            String missing = fromReport == null ? from : to;
            return new Promotion(from, to, List.of(), List.of(missing + " could not be read: "
                    + comparison.results().get(fromReport == null ? f : t).error()));
        }
        List<String> willRun = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (MigrationRow target : toReport.rows()) {
            if (target.state() != MigrationState.PENDING && target.state() != MigrationState.ROLLED_BACK) {
                continue;
            }
            String v = target.version().text();
            willRun.add(v);
            Optional<MigrationRow> ran = fromReport.row(target.version());
            if (ran.isEmpty() || ran.get().tracked() == null || ran.get().state() == MigrationState.PENDING) {
                warnings.add(v + " (" + target.name() + ") would run on " + to + " but never ran on " + from);
                continue;
            }
            String ranChecksum = ran.get().tracked().checksum();
            String willGet = target.file().map(MigrationFile::checksum).orElse(null);
            if (ranChecksum != null && willGet != null && !ranChecksum.equals(willGet)) {
                warnings.add(v + " (" + target.name() + "): " + to + " would get the file as it is now (checksum "
                        + willGet + "), but " + from + " ran other SQL (checksum " + ranChecksum + ")");
            }
        }
        return new Promotion(from, to, willRun, warnings);
    }
}
