package io.migrascope.ui.action;

import javafx.stage.Window;

/**
 * How a finished action reaches its journal entry — show it, or undo it — without this package
 * depending on the journal view (the panels wire the two together).
 */
public interface JournalLinks {
    JournalLinks NONE = new JournalLinks() {
        @Override
        public void showEntry(String journalId, Window owner) {
        }

        @Override
        public void undoEntry(String journalId, Window owner) {
        }
    };

    void showEntry(String journalId, Window owner);

    void undoEntry(String journalId, Window owner);
}
