package io.migrascope.core.audit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.migrascope.core.db.LockHolder;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON document of a report: the CLI's {@code --json} contract and the evidence report's data.
 * Field names are a public interface.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public record Migration(String version, String name, String file, List<String> files, String state,
                     String checksumFile, String checksumTracked, String appliedAt, List<String> evidence) {
    }

    public record FindingJson(String code, String severity, List<String> versions, String message, List<String> evidence,
                       List<String> actions) {
    }

    public record Ignored(String file, String reason) {
    }

    public record Document(String tool, String database, List<Migration> migrations, List<FindingJson> findings,
                    Map<String, Integer> summary, List<Ignored> ignored, List<String> lockHolders) {
    }

    public static String write(Report report, List<LockHolder> holders) throws JsonProcessingException {
        return MAPPER.writeValueAsString(document(report, holders));
    }

    public static Document document(Report report, List<LockHolder> holders) {
        List<Migration> migrations = report.rows().stream().map(ReportJson::migration).toList();
        List<FindingJson> findings = report.findings().stream().map(ReportJson::finding).toList();
        Map<String, Integer> summary = new LinkedHashMap<>();
        report.summary().forEach((state, count) -> summary.put(state.name(), count));
        List<Ignored> ignored = report.ignored().stream().map(i -> new Ignored(i.file(), i.reason())).toList();
        return new Document(report.tool(), report.database(), migrations, findings, summary, ignored,
                holders.stream().map(LockHolder::describe).toList());
    }

    private static Migration migration(MigrationRow r) {
        List<String> files = r.files().stream().map(MigrationFile::file).toList();
        MigrationFile first = r.files().isEmpty() ? null : r.files().get(0);
        return new Migration(r.version().text(), r.name(), first == null ? null : first.file(), files,
                r.state().name(),
                first == null ? null : first.checksum(),
                r.tracked() == null ? null : r.tracked().checksum(),
                r.tracked() == null || r.tracked().appliedAt() == null ? null : r.tracked().appliedAt().toString(),
                r.evidence());
    }

    private static FindingJson finding(Finding f) {
        return new FindingJson(f.code().name(), f.severity().name(),
                f.versions().stream().map(Version::text).toList(), f.message(), f.evidence(),
                f.actions().stream().map(ActionKind::command).toList());
    }
}
