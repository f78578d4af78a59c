package io.migrascope.core.action;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectException;
import io.migrascope.core.journal.JournalEntry.FileEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs a confirmed {@link FileEditAction}: reads folder and database again, checks that the edit
 * planned now is the one previewed, journals both texts, writes.
 */
public final class FileEditExecutor {
    private final WriteContext context;
    private final Audit audit;

    public FileEditExecutor(WriteContext context, Audit audit) {
        this.context = context;
        this.audit = audit;
    }

    /** @return the journal entry id */
    public String execute(FileEditAction confirmed) throws ConnectException, ActionException, SQLException, IOException {
        if (!confirmed.blockers().isEmpty()) {
            throw new ActionException("the edit is refused: " + String.join("; ", confirmed.blockers()), null, null);
        }
        FolderChange.Fresh now = FolderChange.readAgain(context, audit);
        FileEditAction fresh = FileEditAction.removeCreation(now.report(), audit.tool(), confirmed.version(),
                confirmed.table());
        if (!fresh.blockers().isEmpty() || !fresh.edit().equals(confirmed.edit())) {
            throw new ActionException("the file or the tracking table changed since the preview; nothing was"
                    + " edited. Look again and retry.", null, null);
        }
        return FolderChange.journaled(context, audit, now, "edit-file", List.of(confirmed.version().text()),
                confirmed.preview(), List.of(), List.of(confirmed.edit()), () -> {
                    try {
                        write(confirmed.edit());
                    } catch (IOException e) {
                        throw new ActionException("cannot write " + confirmed.edit().path() + ": " + e.getMessage()
                                + "; its old text is in the journal", null, e);
                    }
                });
    }

    /** Whether the file at {@code path} holds exactly {@code text}. */
    static boolean holds(String path, String text) {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(Path.of(path)), FileEditAction.bytes(text));
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the new text beside the file first, then moves it over, so a crash leaves one whole text. */
    static void write(FileEdit edit) throws IOException {
        write(Path.of(edit.path()), edit.after());
    }

    static void write(Path target, String text) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".migrascope-edit");
        Files.write(temp, FileEditAction.bytes(text));
        Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
