package io.migrascope.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * The native chat app's releases as its environments received them: the older file of each
 * duplicate pair (the newer ones came with the branch merged later) and 004 as first written, before
 * it was re-saved with other line endings. Shared by the native stories so that dev, staging and
 * production ran the same files.
 */
final class NativeReleases {
    /** The newer file of each pair: merged after everything else had run. */
    static final Set<String> MERGED_LATER = Set.of("003_add_unread_tracking.sql",
            "005_enhance_chat_for_phase1.sql", "006_group_conversations.sql");
    static final String RESAVED_FILE = "004_direct_messaging_system.sql";

    private NativeReleases() {
    }

    /**
     * A stage with the first {@code releases} versions as they were deployed. Built on the folder
     * the native story has already edited, so 004 is flipped back to its original line endings.
     */
    static Path asDeployed(DemoBuild b, int releases) throws IOException, DemoException {
        Path stage = b.stage(f -> f.endsWith(".sql") && !MERGED_LATER.contains(f) && version(f) <= releases);
        if (releases >= 4) {
            new FileEdits(stage).flipLineEndings(RESAVED_FILE);
        }
        return stage;
    }

    private static int version(String file) {
        return Integer.parseInt(file.substring(0, file.indexOf('_')));
    }
}
