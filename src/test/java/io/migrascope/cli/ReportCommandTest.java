package io.migrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The evidence report carries the state, the evidence and this database's journal — and nothing of others. */
@ExtendWith(PostgresExtension.class)
class ReportCommandTest {
    @TempDir
    Path dir;
    @TempDir
    Path out;

    @Test
    void theReportCarriesFindingsEvidenceAndThisDatabasesJournal(TestDatabase db, TestDatabase other) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);\n");
        assertEquals(0, CliRun.of("apply", "--url", db.url(), "--dir", dir.toString(), "--yes",
                "--reason", "ticket OPS-12").exitCode());
        CliRun.of("apply", "--url", other.url(), "--dir", dir.toString(), "--yes", "--reason", "not this database");
        folder.file("001_users.sql", "CREATE TABLE users (id bigint);\r\n");

        CliRun md = CliRun.of("report", "--url", db.url(), "--dir", dir.toString());
        assertEquals(2, md.exitCode(), md.toString());
        assertTrue(md.out().contains("### WARNING COSMETIC_DRIFT — 001"), md.out());
        assertTrue(md.out().contains("| DRIFTED_COSMETIC | 001 | 001_users.sql |"), md.out());
        assertTrue(md.out().contains("ticket OPS-12"), md.out());
        assertTrue(!md.out().contains("not this database"), "another database's journal stays out");

        Path html = out.resolve("evidence.html");
        CliRun.of("report", "--url", db.url(), "--dir", dir.toString(), "--format", "html", "--out", html.toString());
        assertTrue(Files.readString(html).contains("<h3 class=\"WARNING\">WARNING COSMETIC_DRIFT 001</h3>"));

        JsonNode json = new ObjectMapper().readTree(CliRun.of("report", "--url", db.url(), "--dir", dir.toString(),
                "--format", "json").out());
        assertEquals("DRIFTED_COSMETIC", json.get("state").get("migrations").get(0).get("state").asText());
        assertEquals("ticket OPS-12", json.get("journal").get(0).get("reason").asText());
    }
}
