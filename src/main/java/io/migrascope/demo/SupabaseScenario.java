package io.migrascope.demo;

import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seed 000 on the Supabase CLI: a local folder and a remote history that disagree in every way
 * {@code supabase db push} complains about, starting with the duplicate version behind its 23505.
 */
final class SupabaseScenario implements DemoScenario {
    private static final String MIGRATIONS = "supabase/migrations/";
    private static final Set<String> FIRST_PUSH = Set.of("20240902090000_initial_schema.sql",
            "20240910100000_requests.sql", "20240925110000_direct_messages.sql",
            "20241008093000_request_attachments.sql");
    /** Pushed from a hotfix branch that was never merged: the remote has it, this folder does not. */
    private static final String HOTFIX = "20241015120000_message_length_hotfix.sql";
    private static final String HOTFIX_SQL = "-- Hotfix: the mobile app let people paste whole documents into a message.\n"
            + "alter table public.messages add constraint messages_body_length check (char_length(body) <= 4000);\n";
    private static final String SEARCH = "20241022140000_message_search.sql";
    private static final String NOTIFICATIONS = "20241112090000_notifications.sql";

    @Override
    public String sample() {
        return "supabase";
    }

    @Override
    public String toolId() {
        return "supabase";
    }

    @Override
    public String seed() {
        return "000";
    }

    @Override
    public String title() {
        return "Supabase: duplicate version 23505, and a remote history that disagrees with the folder";
    }

    @Override
    public String description() {
        return "The team chat app on the Supabase CLI. Two files claim version 20241008093000: request_attachments"
                + " was pushed, and pushing request_pins would fail with \"duplicate key value violates unique"
                + " constraint schema_migrations_pkey (SQLSTATE 23505)\" (seed 000). The remote also has a hotfix"
                + " pushed from a branch that never merged (no local file), message_search was pasted into the SQL"
                + " editor instead of pushed (its column and index exist, untracked), request_sla came in late from a"
                + " branch older than the last push (db push wants --include-all), notifications was edited after it"
                + " ran (its stored statements differ from the file), and message_reactions was made with"
                + " supabase migration new and never filled in.";
    }

    @Override
    public List<FindingCode> findings() {
        return List.of(FindingCode.DUPLICATE_VERSION, FindingCode.CHECKSUM_DRIFT, FindingCode.MISSING_FILE,
                FindingCode.APPLIED_BUT_UNTRACKED, FindingCode.OUT_OF_ORDER, FindingCode.EMPTY_FILE,
                FindingCode.PENDING);
    }

    @Override
    public List<MigrationState> states() {
        return List.of(MigrationState.APPLIED, MigrationState.DUPLICATE, MigrationState.MISSING_FILE,
                MigrationState.UNTRACKED, MigrationState.OUT_OF_ORDER, MigrationState.DRIFTED, MigrationState.PENDING);
    }

    @Override
    public void build(DemoBuild b) throws IOException, DemoException {
        b.apply(b.stage(f -> FIRST_PUSH.contains(name(f))), 4);
        Map<String, String> hotfix = Map.of(MIGRATIONS + HOTFIX, HOTFIX_SQL);
        b.apply(b.stage(f -> FIRST_PUSH.contains(name(f)), hotfix), 1);
        b.runOutsideTool(MIGRATIONS + SEARCH);
        Path third = b.stage(f -> FIRST_PUSH.contains(name(f)) || name(f).equals(NOTIFICATIONS), hotfix);
        b.apply(third, 1);
        // Edited after it ran: the unread index now also covers the kind.
        b.files().replace(MIGRATIONS + NOTIFICATIONS, "(user_id, created_at desc)", "(user_id, kind, created_at desc)");
    }

    private static String name(String relative) {
        return relative.substring(relative.lastIndexOf('/') + 1);
    }
}
