package io.migrascope.core.tool.supabase;

import io.migrascope.testing.NodeTools;
import io.migrascope.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real Supabase CLI for interop tests (its own, the samples' and the seed walks'). Its npm
 * package 3.x ships the binary for each platform as an optional dependency
 * ({@code @supabase/cli-linux-x64}), so it installs from npm like dbmate (the 2.x packages downloaded
 * it from GitHub in a postinstall script, which cannot work here). Pinned here to 3.1.0 and
 * installed into {@code target/interop-supabase}. It runs against the test database with
 * {@code --remote=<postgres url>}, in a project folder holding {@code supabase/migrations}.
 */
public final class SupabaseCli {
    public static final String VERSION = "3.1.0";
    /** The statements the CLI runs to create its tracking table (CreateMigrationTable), in order. */
    public static final List<String> TABLE_DDL = List.of(
            "CREATE SCHEMA IF NOT EXISTS supabase_migrations",
            "CREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (version text NOT NULL PRIMARY KEY)",
            "ALTER TABLE supabase_migrations.schema_migrations ADD COLUMN IF NOT EXISTS statements text[]",
            "ALTER TABLE supabase_migrations.schema_migrations ADD COLUMN IF NOT EXISTS name text");
    private static final Path HOME = NodeTools.home("supabase");
    private static final String BIN = "node_modules/.bin/supabase";
    private static boolean installed;

    private final TestDatabase db;
    private final Path project;

    public SupabaseCli(TestDatabase db, Path project) {
        this.db = db;
        this.project = project;
    }

    /** {@code supabase <args...> --remote=<url>}, in the project folder; both streams as printed. */
    public NodeTools.Run run(String... args) {
        List<String> command = new ArrayList<>();
        command.add(bin().toString());
        command.addAll(List.of(args));
        command.add("--remote=" + url(db));
        // CI=true keeps the CLI from asking a terminal or a browser anything.
        return NodeTools.exec(project, Map.of("CI", "true"), 180, true, command);
    }

    private static synchronized Path bin() {
        NodeTools.assumeNode("installing the Supabase CLI from npm");
        if (!installed) {
            try {
                Files.createDirectories(HOME);
                if (!Files.isExecutable(HOME.resolve(BIN))) {
                    Files.writeString(HOME.resolve("package.json"), "{\"private\": true, \"dependencies\": {\"supabase\": \""
                            + VERSION + "\"}}\n");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            NodeTools.npmInstall(HOME, List.of(BIN));
            installed = true;
        }
        return HOME.resolve(BIN);
    }

    /** The test database as a {@code postgres://} URL without TLS, as the CLI's --remote takes it. */
    public static String url(TestDatabase db) {
        return NodeTools.postgresUrl(db) + "?sslmode=disable";
    }
}
