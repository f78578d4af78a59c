package io.migrascope.ui.action;

import io.migrascope.core.journal.Journal;
import io.migrascope.core.journal.JournalEntry;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the journal entry a run wrote: the ids before, then the newest id that is new. The core's
 * runner answers with a sentence, and apply names no entry at all, so the journal itself is asked.
 * Runs on the background thread with the action.
 */
final class JournalWatch {
    private final Journal journal;
    private final Set<String> before = new HashSet<>();

    JournalWatch(Journal journal) {
        this.journal = journal;
    }

    void remember() throws IOException {
        before.clear();
        journal.read().entries().forEach(e -> before.add(e.id()));
    }

    /** The newest entry written since {@link #remember()}, or null (nothing was written). */
    String newestNewEntry() {
        try {
            List<JournalEntry> entries = journal.read().entries();
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (!before.contains(entries.get(i).id())) {
                    return entries.get(i).id();
                }
            }
        } catch (IOException e) {
            // The action ran and its entry is on disk; only this look-up failed. The journal view shows it.
            return null;
        }
        return null;
    }
}
