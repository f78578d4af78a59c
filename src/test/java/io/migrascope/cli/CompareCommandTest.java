package io.migrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.migrascope.core.db.profile.ConfigDirectory;
import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.ProfileStore;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.testing.TestProfiles;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** dev, staging and production that share one folder: the grid, the promotion preview, the exports. */
@ExtendWith(PostgresExtension.class)
class CompareCommandTest {
    @TempDir
    Path dir;
    @TempDir
    Path out;

    @Test
    void theGridShowsWhereEnvironmentsDisagreeAndWhatProductionWouldGet(TestDatabase dev, TestDatabase staging,
                                                                       TestDatabase production) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir)
                .file("001_users.sql", "CREATE TABLE users (id bigint);")
                .file("002_orders.sql", "CREATE TABLE orders (id bigint);");
        assertEquals(0, CliRun.apply(production, dir).exitCode());
        folder.file("003_invoices.sql", "CREATE TABLE invoices (id bigint);");
        assertEquals(0, CliRun.apply(staging, dir).exitCode());
        // After staging ran 003, someone edited it: production would get other SQL than staging ran.
        folder.file("003_invoices.sql", "CREATE TABLE invoices (id bigint, total numeric);");
        assertEquals(0, CliRun.apply(dev, dir).exitCode());
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }

        CliRun run = CliRun.of("compare", "--dir", dir.toString(), "--json", "--promote", "staging:production",
                "--env", "dev=" + dev.url(), "--env", "staging=" + staging.url(),
                "--env", "production=" + production.url(), "--env", "gone=postgres://x@127.0.0.1:" + closed + "/x",
                "--csv", out.resolve("grid.csv").toString(), "--html", out.resolve("grid.html").toString());
        assertEquals(2, run.exitCode(), run.toString());
        JsonNode doc = run.json();
        assertTrue(doc.get("environments").get(3).get("error").asText().contains("cannot reach PostgreSQL"), run.out());
        JsonNode invoices = doc.get("migrations").get(2);
        assertEquals("003", invoices.get("version").asText());
        assertTrue(invoices.get("differs").asBoolean());
        assertEquals("APPLIED", invoices.get("cells").get(0).get("state").asText());
        assertEquals("DRIFTED", invoices.get("cells").get(1).get("state").asText(), "staging ran the old 003");
        assertEquals("PENDING", invoices.get("cells").get(2).get("state").asText());
        assertTrue(doc.get("migrations").get(0).get("differs").asBoolean() == false);

        JsonNode promotion = doc.get("promotion");
        assertEquals("003", promotion.get("willRun").get(0).asText());
        assertTrue(promotion.get("warnings").get(0).asText().contains("production would get the file as it is now"),
                promotion.toString());

        String csv = Files.readString(out.resolve("grid.csv"));
        assertTrue(csv.startsWith("version,name,dev state,dev applied at,dev checksum,staging state"), csv);
        assertTrue(csv.contains("003,invoices,APPLIED,"), csv);
        String html = Files.readString(out.resolve("grid.html"));
        assertTrue(html.contains("<tr class=\"differs\"><td>003</td>"), html);
    }

    @Test
    void twoDatabasesOfOneNameAreRefusedBeforeAnythingIsRead(TestDatabase a) {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        CliRun run = CliRun.of("compare", "--dir", dir.toString(), "--env", "a=" + a.url(), "--env", "a=" + a.url());
        assertEquals(64, run.exitCode(), run.toString());
        assertTrue(run.err().contains("two databases are named 'a'"), run.toString());
    }

    @Test
    void agreeingEnvironmentsExitZero(TestDatabase a, TestDatabase b) {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);");
        CliRun.apply(a, dir);
        CliRun.apply(b, dir);
        CliRun run = CliRun.of("compare", "--dir", dir.toString(), "--env", "a=" + a.url(), "--env", "b=" + b.url());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("The environments agree."), run.out());
    }

    @Test
    void savedProfilesAreComparedByNameAgainstTheirSharedFolder(TestDatabase staging, TestDatabase production)
            throws Exception {
        new MigrationFolder(dir).file("001_users.sql", "CREATE TABLE users (id bigint);")
                .file("002_orders.sql", "CREATE TABLE orders (id bigint);");
        CliRun.apply(staging, dir);
        ProfileStore store = new ProfileStore(out);
        store.save(TestProfiles.of("shop-staging", staging, dir, Environment.STAGING));
        store.save(TestProfiles.of("shop-production", production, dir, Environment.PRODUCTION));
        String before = System.getProperty(ConfigDirectory.PROPERTY);
        System.setProperty(ConfigDirectory.PROPERTY, out.toString());
        try {
            CliRun run = CliRun.of("compare", "--profile", "shop-staging", "--profile", "shop-production",
                    "--promote", "shop-staging:shop-production");
            assertEquals(2, run.exitCode(), run.toString());
            assertTrue(run.out().contains("shop-staging") && run.out().contains("PENDING"), run.out());
            assertTrue(run.out().contains("apply on shop-production would run 001, 002"), run.out());

            CliRun unknown = CliRun.of("compare", "--profile", "shop-qa");
            assertTrue(unknown.err().contains("no profile named 'shop-qa'") && unknown.err().contains("shop-staging"),
                    unknown.toString());
        } finally {
            if (before == null) {
                System.clearProperty(ConfigDirectory.PROPERTY);
            } else {
                System.setProperty(ConfigDirectory.PROPERTY, before);
            }
        }
    }
}
