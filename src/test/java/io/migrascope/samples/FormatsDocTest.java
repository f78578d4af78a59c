package io.migrascope.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrascope.core.tool.LockSpec;
import io.migrascope.core.tool.Tools;
import io.migrascope.core.tool.TrackingWriter;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/formats.md quotes what each tool format writes — the statements of apply, mark applied,
 * mark rolled back, delete row, realign and renumber, and the refusals — as the CLI's own
 * {@code --dry-run} previews print them for the samples. This test runs those previews again on
 * fresh databases and fails when the doc no longer contains one of them word for word, so the
 * doc cannot drift from the writers' code. Each run also leaves every quote in
 * {@code target/formats-quotes/<tool>.md}, from which the doc is updated.
 */
@ExtendWith(PostgresExtension.class)
class FormatsDocTest {
    private static final Path DOC = Path.of("docs", "formats.md");
    /**
     * Runs outside a transaction and fails: the one way Migrascope's apply leaves a failed row (a
     * transactional file that fails is rolled back with its row).
     */
    private static final String FAILS_OUTSIDE_A_TRANSACTION =
            "CREATE INDEX CONCURRENTLY messages_body_idx ON messages (no_such_column);\n";

    @TempDir
    Path work;

    @Test
    void flywaysWritesAreQuotedAsPreviewed(TestDatabase fresh, TestDatabase db) throws Exception {
        DocScenario s = new DocScenario("flyway", work, Sample.FLYWAY.dirIn(Sample.FLYWAY.copyTo(work)));
        s.quoteApply("apply", fresh);
        s.quoteRepair("mark applied", fresh, "mark-applied", "1.1");
        s.apply(db);
        s.quoteRepair("mark rolled back, applied", db, "mark-rolled-back", "4");
        s.quoteRepair("delete row, file present", db, "delete-row", "4");
        // A migration that fails outside a transaction is the one kind Flyway records as failed.
        Files.writeString(s.dir().resolve("V5__message_body_index.sql"), FAILS_OUTSIDE_A_TRANSACTION);
        s.cli(db, "apply", "--yes");
        s.quoteRepair("mark rolled back, failed", db, "mark-rolled-back", "5");
        s.quoteRepair("mark applied, failed", db, "mark-applied", "5");
        Files.delete(s.dir().resolve("V5__message_body_index.sql"));
        s.repair(db, "delete-row", "5");
        trailingBlanks(s.dir().resolve("V1_1__user_email_index.sql"));
        s.quoteRepair("realign", db, "realign", "1.1");
        copy(s.dir(), "V4__notifications.sql", "V4__notification_settings.sql");
        s.quoteRenumber("renumber", db, "4", "V4__notification_settings.sql");
        Files.delete(s.dir().resolve("V4__notification_settings.sql"));
        Files.delete(s.dir().resolve("V3__direct_messages.sql"));
        s.quoteRepair("delete row, file gone", db, "delete-row", "3");
        check("flyway", s.quotes());
    }

    @Test
    void prismasWritesAreQuotedAsPreviewed(TestDatabase fresh, TestDatabase db) throws Exception {
        DocScenario s = new DocScenario("prisma", work, Sample.PRISMA.dirIn(Sample.PRISMA.copyTo(work)));
        String last = "20241120100000_message_reactions";
        String failing = "20241127080000_message_body_index";
        s.quoteApply("apply", fresh);
        s.quoteRepair("mark applied, no table yet", fresh, "mark-applied", "0_init");
        s.apply(db);
        s.quoteRepair("mark rolled back, applied", db, "mark-rolled-back", last);
        s.quoteRepair("delete row", db, "delete-row", last);
        trailingBlanks(s.dir().resolve("prisma/migrations/20240910093000_requests/migration.sql"));
        s.quoteRepair("realign", db, "realign", "20240910093000_requests");
        Path broken = Files.createDirectories(s.dir().resolve("prisma/migrations/" + failing));
        Files.writeString(broken.resolve("migration.sql"), FAILS_OUTSIDE_A_TRANSACTION);
        s.cli(db, "apply", "--yes");
        s.quoteRepair("mark rolled back, failed", db, "mark-rolled-back", failing);
        s.quoteRepair("mark applied, failed", db, "mark-applied", failing);
        s.repair(db, "delete-row", failing);
        Files.delete(broken.resolve("migration.sql"));
        Files.delete(broken);
        s.repair(db, "delete-row", last);
        s.quoteRepair("mark applied", db, "mark-applied", last);
        check("prisma", s.quotes());
    }

    @Test
    void drizzlesWritesAreQuotedAsPreviewed(TestDatabase fresh, TestDatabase db) throws Exception {
        DocScenario s = new DocScenario("drizzle", work, Sample.DRIZZLE.dirIn(Sample.DRIZZLE.copyTo(work)));
        s.quoteApply("apply", fresh);
        s.quoteRepair("mark applied, no table yet", fresh, "mark-applied", "0000");
        s.apply(db);
        s.quoteRepair("mark rolled back", db, "mark-rolled-back", "0007");
        s.quoteRepair("delete row", db, "delete-row", "0007");
        s.repair(db, "delete-row", "0007");
        s.quoteRepair("mark applied", db, "mark-applied", "0007");
        trailingBlanks(s.dir().resolve("drizzle/0001_quiet_storm.sql"));
        s.quoteRepair("realign", db, "realign", "0001");
        check("drizzle", s.quotes());
    }

    @Test
    void supabasesWritesAreQuotedAsPreviewed(TestDatabase fresh, TestDatabase db) throws Exception {
        DocScenario s = new DocScenario("supabase", work, Sample.SUPABASE.dirIn(Sample.SUPABASE.copyTo(work)));
        String last = "20241119110000";
        s.quoteApply("apply, duplicate version", fresh);
        s.quoteRenumber("renumber", fresh, "20241008093000", "supabase/migrations/20241008093000_request_pins.sql");
        s.cli(fresh, "repair", "renumber", "--version", "20241008093000", "--file",
                "supabase/migrations/20241008093000_request_pins.sql", "--yes");
        s.quoteApply("apply", fresh);
        s.quoteRepair("mark applied", fresh, "mark-applied", last);
        s.apply(db);
        s.quoteRepair("mark rolled back", db, "mark-rolled-back", last);
        s.quoteRepair("delete row", db, "delete-row", last);
        trailingBlanks(s.dir().resolve("supabase/migrations/20241022140000_message_search.sql"));
        s.quoteRepair("realign", db, "realign", "20241022140000");
        check("supabase", s.quotes());
    }

    @Test
    void golangMigratesWritesAreQuotedAsPreviewed(TestDatabase fresh, TestDatabase db) throws Exception {
        DocScenario s = new DocScenario("golang-migrate", work,
                Sample.GOLANG_MIGRATE.dirIn(Sample.GOLANG_MIGRATE.copyTo(work)));
        s.quoteApply("apply", fresh);
        s.quoteRepair("mark applied, empty table", fresh, "mark-applied", "000001");
        s.apply(db);
        s.quoteRepair("mark rolled back", db, "mark-rolled-back", "000007");
        s.quoteRepair("mark rolled back, below the current version", db, "mark-rolled-back", "000003");
        s.quoteRepair("delete row", db, "delete-row", "000007");
        s.repair(db, "mark-rolled-back", "000007");
        s.quoteRepair("mark applied", db, "mark-applied", "000007");
        trailingBlanks(s.dir().resolve("000001_initial_schema.up.sql"));
        s.quoteRepair("realign", db, "realign", "000001");
        copy(s.dir(), "000007_messages_history_index.up.sql", "000007_messages_search_index.up.sql");
        s.quoteRenumber("renumber", db, "000007", "000007_messages_search_index.up.sql");
        check("golang-migrate", s.quotes());
    }

    @Test
    void dbmatesWritesAreQuotedAsPreviewed(TestDatabase fresh, TestDatabase db) throws Exception {
        DocScenario s = new DocScenario("dbmate", work, Sample.DBMATE.dirIn(Sample.DBMATE.copyTo(work)));
        String last = "20241126080000";
        s.quoteApply("apply", fresh);
        s.quoteRepair("mark applied", fresh, "mark-applied", "20240902090000");
        s.apply(db);
        s.quoteRepair("mark rolled back", db, "mark-rolled-back", last);
        s.quoteRepair("delete row", db, "delete-row", last);
        trailingBlanks(s.dir().resolve("db/migrations/20240902090000_initial_schema.sql"));
        s.quoteRepair("realign", db, "realign", "20240902090000");
        copy(s.dir().resolve("db/migrations"), "20241126080000_messages_history_index.sql",
                "20241126080000_messages_search_index.sql");
        s.quoteRenumber("renumber", db, last, "db/migrations/20241126080000_messages_search_index.sql");
        check("dbmate", s.quotes());
    }

    @Test
    void nodePgMigratesWritesAreQuotedAsPreviewed(TestDatabase fresh, TestDatabase db) throws Exception {
        DocScenario s = new DocScenario("node-pg-migrate", work,
                Sample.NODE_PG_MIGRATE.dirIn(Sample.NODE_PG_MIGRATE.copyTo(work)));
        String js = "1732608000000_messages-history-index";
        s.quoteApply("apply", fresh);
        s.quoteRepair("mark applied", fresh, "mark-applied", "1725267600000_initial-schema");
        markEveryMigrationApplied(s, db);
        s.quoteRepair("mark rolled back", db, "mark-rolled-back", js);
        s.quoteRepair("delete row", db, "delete-row", js);
        s.repair(db, "delete-row", "1728379800000_request-attachments");
        s.quoteRepair("mark applied, out of order", db, "mark-applied", "1728379800000_request-attachments");
        trailingBlanks(s.dir().resolve("migrations/1725267600000_initial-schema.sql"));
        s.quoteRepair("realign", db, "realign", "1725267600000_initial-schema");
        check("node-pg-migrate", s.quotes());
    }

    @Test
    void knexsWritesAreQuotedAsPreviewed(TestDatabase fresh, TestDatabase db) throws Exception {
        DocScenario s = new DocScenario("knex", work, Sample.KNEX.dirIn(Sample.KNEX.copyTo(work)));
        String last = "20241126080000_messages_history_index.js";
        s.quoteApply("apply", fresh);
        s.quoteRepair("mark applied, no table yet", fresh, "mark-applied", "20240902090000_initial_schema.js");
        markEveryMigrationApplied(s, db);
        s.quoteRepair("mark rolled back", db, "mark-rolled-back", last);
        s.quoteRepair("delete row", db, "delete-row", last);
        check("knex", s.quotes());
    }

    @Test
    void nativeWritesAreQuotedAsPreviewed(TestDatabase fresh, TestDatabase db) throws Exception {
        DocScenario s = new DocScenario("native", work, Sample.NATIVE.dirIn(Sample.NATIVE.copyTo(work)));
        s.quoteRenumber("renumber", fresh, "003", "003_add_unread_tracking.sql");
        for (String[] pair : new String[][] {{"003", "003_add_unread_tracking.sql"},
                {"005", "005_enhance_chat_for_phase1.sql"}, {"006", "006_group_conversations.sql"}}) {
            s.cli(fresh, "repair", "renumber", "--version", pair[0], "--file", pair[1], "--yes");
        }
        s.quoteApply("apply", fresh);
        s.quoteRepair("mark applied", fresh, "mark-applied", "001");
        s.apply(db);
        s.quoteRepair("mark rolled back, applied", db, "mark-rolled-back", "013");
        s.quoteRepair("delete row", db, "delete-row", "013");
        trailingBlanks(s.dir().resolve("002_enhanced_requests_system.sql"));
        s.quoteRepair("realign", db, "realign", "002");
        check("native", s.quotes());
    }

    @Test
    void railsWritesAreQuotedAsPreviewed(TestDatabase fresh, TestDatabase db) throws Exception {
        DocScenario s = new DocScenario("rails", work, Sample.RAILS.dirIn(Sample.RAILS.copyTo(work)));
        String last = "20241126080000";
        s.quoteApply("apply", fresh);
        s.quoteRepair("mark applied", fresh, "mark-applied", "20240902090000");
        markEveryMigrationApplied(s, db);
        s.quoteRepair("mark rolled back", db, "mark-rolled-back", last);
        s.quoteRepair("delete row", db, "delete-row", last);
        check("rails", s.quotes());
    }

    /**
     * The doc names the lock each writer takes (for a database named {@code chat}, where the key
     * depends on it) and quotes the DDL each writer runs before it writes.
     */
    @Test
    void locksAndTrackingTablesAreTheWritersOwn() throws Exception {
        String doc = withoutTrailingBlanks(Files.readString(DOC));
        List<String> missing = new ArrayList<>();
        for (String id : Tools.ids()) {
            TrackingWriter writer = Tools.byId(id).orElseThrow().writer(Tools.byId(id).orElseThrow().defaultSchema(), "chat");
            List<String> expected = new ArrayList<>();
            LockSpec lock = writer.lock();
            if (lock instanceof LockSpec.Advisory a) {
                expected.add(Long.toString(a.key()));
            } else if (lock instanceof LockSpec.None n) {
                expected.add(Long.toString(n.migrascopeKey()));
            } else {
                LockSpec.LockTable t = (LockSpec.LockTable) lock;
                expected.addAll(List.of(t.acquireSql(), t.releaseSql()));
            }
            writer.createSql().forEach(ddl -> expected.add(withoutTrailingBlanks(ddl) + ";"));
            expected.stream().filter(e -> !doc.contains(e)).forEach(e -> missing.add(id + ": " + e));
        }
        assertEquals(List.of(), missing, "lock keys, lock statements and DDL missing from " + DOC);
    }

    /** mark-applied for each migration in file order: the way to track JavaScript migrations without running them. */
    private static void markEveryMigrationApplied(DocScenario s, TestDatabase db) {
        List<String> versions = new ArrayList<>();
        s.cli(db, "status", "--json").json().get("migrations").forEach(m -> versions.add(m.get("version").asText()));
        versions.forEach(v -> s.repair(db, "mark-applied", v));
    }

    /** A cosmetic edit: blanks at the end of the first line, which is a comment in every sample. */
    private static void trailingBlanks(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int eol = text.indexOf('\n');
        Files.writeString(file, text.substring(0, eol) + "   " + text.substring(eol), StandardCharsets.UTF_8);
    }

    /**
     * Blanks at the ends of lines are compared away: some statements quote a file edited that way
     * on purpose, and editors strip such blanks from the doc.
     */
    private static String withoutTrailingBlanks(String text) {
        return text.replaceAll("[ \\t]+(?=\\n|$)", "");
    }

    private static void copy(Path dir, String from, String to) throws IOException {
        Files.copy(dir.resolve(from), dir.resolve(to));
    }

    /** Writes the quotes for the doc's author, then checks the doc holds each one verbatim. */
    private static void check(String tool, Map<String, String> quotes) throws IOException {
        StringBuilder md = new StringBuilder("# " + tool + "\n");
        quotes.forEach((title, text) -> md.append("\n").append(title).append(":\n\n```\n").append(text).append("\n```\n"));
        Path out = Path.of("target", "formats-quotes", tool + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        String doc = withoutTrailingBlanks(Files.exists(DOC) ? Files.readString(DOC) : "");
        List<String> missing = quotes.entrySet().stream().filter(e -> !doc.contains(withoutTrailingBlanks(e.getValue())))
                .map(e -> e.getKey() + ":\n" + e.getValue()).toList();
        assertEquals(List.of(), missing, tool + ": previews missing from " + DOC + " (all of them are in " + out + ")");
    }
}
