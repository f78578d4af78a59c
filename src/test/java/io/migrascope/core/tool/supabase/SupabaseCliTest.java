package io.migrascope.core.tool.supabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Supabase format through Migrascope's CLI ({@code --tool supabase}, and {@code --tool auto} on a
 * Supabase project). These fail until {@code SupabaseTool} is registered in {@code Tools}; the repair
 * test also needs {@code repair --version} to find textual versions (see the report).
 */
@ExtendWith(PostgresExtension.class)
class SupabaseCliTest {
    @TempDir
    Path dir;

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void seed000ShowsTheDuplicateVersionWithBothFilesAndExitsWithProblems(TestDatabase db) throws Exception {
        SupabaseStatusTest.copy("/supabase/seed000", dir);
        for (String s : SupabaseStatusTest.CLI_DDL) {
            db.execute(s);
        }
        SupabaseStatusTest.cliApplied(db, "005", "creators", "NULL");
        SupabaseStatusTest.cliApplied(db, "006", "creator_marketplace", "NULL");
        CliRun run = CliRun.status(db, dir, "--tool", "supabase");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("supabase", run.json().get("tool").asText());
        assertEquals("DUPLICATE", run.stateOf("006"));
        for (JsonNode m : run.json().get("migrations")) {
            if (m.get("version").asText().equals("006")) {
                assertEquals(List.of("supabase/migrations/006_creator_marketplace.sql",
                        "supabase/migrations/006_creator_payouts.sql"), texts(m.get("files")));
            }
        }
        assertTrue(run.findingCodes().contains("DUPLICATE_VERSION"), run.toString());
    }

    @Test
    void autoDetectionPicksSupabaseForAProjectAndApplyWritesTheClisRows(TestDatabase db) throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("supabase").resolve("migrations"));
        new MigrationFolder(migrations)
                .file("20240101000000_users.sql", "create table users (id int);\n")
                .file("20240102000000_orders.sql", "-- orders\ncreate table orders (id int);\n");
        CliRun before = CliRun.status(db, dir);
        assertEquals("supabase", before.json().get("tool").asText(), before.toString());
        assertEquals(1, before.exitCode(), before.toString());

        CliRun apply = CliRun.apply(db, dir, "--tool", "supabase");
        assertEquals(0, apply.exitCode(), apply.toString());
        assertEquals(List.of("20240101000000 {\"create table users (id int)\"}",
                        "20240102000000 {\"-- orders\ncreate table orders (id int)\"}"),
                db.column("SELECT version || ' ' || statements::text FROM supabase_migrations.schema_migrations"
                        + " ORDER BY version"));
        assertEquals(0, CliRun.status(db, dir, "--tool", "supabase").exitCode());
    }

    @Test
    void repairMarkRolledBackIsRepairStatusReverted(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("20240101000000_users.sql", "create table users (id int);");
        assertEquals(0, CliRun.apply(db, dir, "--tool", "supabase").exitCode());
        CliRun repair = CliRun.of("repair", "mark-rolled-back", "--url", db.url(), "--dir", dir.toString(),
                "--tool", "supabase", "--version", "20240101000000", "--yes", "--reason", "seed 000 option 3");
        assertTrue(repair.out().contains("WHERE version = ANY('{\"20240101000000\"}')"), repair.toString());
        assertTrue(repair.out().contains("Migration 20240101000000 is now UNTRACKED"), repair.toString());
        assertEquals(List.of(), db.column("SELECT version FROM supabase_migrations.schema_migrations"));
    }
}
