package io.migrascope.ui.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.journal.JournalEntry;
import io.migrascope.ui.ConsoleContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The journal view's state: the entries written to the open profile's database, newest first, with
 * their row images pretty-printed, and what could not be read. Reading runs through the task runner.
 */
public final class JournalModel {
    private final ConsoleContext context;
    private final Journal journal;
    private final ObservableList<JournalRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper damaged = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final List<Runnable> onLoaded = new ArrayList<>();

    public JournalModel(ConsoleContext context) {
        this.context = context;
        this.journal = context.writeContext("").journal();
    }

    public Journal journal() {
        return journal;
    }

    public String database() {
        return context.database().spec().label();
    }

    /** Newest first. */
    public ObservableList<JournalRow> rows() {
        return rows;
    }

    /** Unreadable lines, in one sentence, or empty. */
    public ReadOnlyStringProperty damaged() {
        return damaged.getReadOnlyProperty();
    }

    /** Why the journal could not be read at all, or empty. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    /** Runs after each completed reload, on the FX thread. */
    public void onLoaded(Runnable r) {
        onLoaded.add(r);
    }

    public void reload() {
        loading.set(true);
        String database = database();
        context.tasks().run("Reading the journal", p -> read(database), loaded -> {
            rows.setAll(loaded.rows());
            damaged.set(loaded.damaged());
            problem.set("");
            loading.set(false);
            onLoaded.forEach(Runnable::run);
        }, failure -> {
            problem.set("The journal " + journal.file() + " cannot be read: " + failure.getMessage()
                    + ". Check that the file exists and is readable.");
            loading.set(false);
        });
    }

    private record Loaded(List<JournalRow> rows, String damaged) {
    }

    /** Runs on a background thread. */
    private Loaded read(String database) throws IOException {
        Journal.Contents contents = journal.read();
        ObjectMapper pretty = new ObjectMapper();
        List<JournalRow> out = new ArrayList<>();
        for (JournalEntry e : contents.entries()) {
            if (!database.equals(e.database())) {
                continue;
            }
            String undoneBy = contents.entries().stream()
                    .filter(u -> e.id().equals(u.undoOf()) && u.isCommitted()).map(JournalEntry::id)
                    .findFirst().orElse(null);
            out.add(new JournalRow(e, prettyAll(pretty, e.removed()), prettyAll(pretty, e.added()), undoneBy));
        }
        java.util.Collections.reverse(out);
        String damagedText = contents.damaged().isEmpty() ? "" : contents.damaged().size()
                + " unreadable line(s) in " + journal.file() + " were skipped (" + String.join(", ", contents.damaged())
                + "). The file is left as it is; the other entries are shown.";
        return new Loaded(out, damagedText);
    }

    private List<String> prettyAll(ObjectMapper mapper, List<String> images) {
        List<String> out = new ArrayList<>();
        for (String image : images) {
            try {
                out.add(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(journal.tree(image)));
            } catch (IOException e) {
                out.add(image);
            }
        }
        return out;
    }
}
