package io.migrascope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.migrascope.core.action.ActionException;
import io.migrascope.core.action.TrackingWrite;
import io.migrascope.core.action.UndoAction;
import io.migrascope.core.action.UndoExecutor;
import io.migrascope.core.action.WriteContext;
import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.journal.JournalEntry;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.Tools;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journal list | show ID | undo ID}: what Migrascope wrote, and taking it back. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "Lists the journal of every write to a tracking table, and undoes an entry.",
        subcommands = {JournalCommand.ListEntries.class, JournalCommand.Show.class, JournalCommand.Undo.class})
final class JournalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Journal journal() {
        return Journal.standard();
    }

    /**
     * The journal's entries; a damaged journal is first kept aside (readable entries written back),
     * and standard error says where, so the command goes on with everything that could be read.
     */
    static Journal.Contents readKeepingDamageAside(Journal journal, PrintWriter err) throws java.io.IOException {
        journal.keepDamagedAside().ifPresent(notice -> {
            err.println("migrascope: " + notice);
            err.flush();
        });
        return journal.read();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per entry, newest last.")
    static final class ListEntries implements Callable<Integer> {
        @Option(names = "--json", description = "Print the entries as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Journal journal = journal();
            Journal.Contents contents = readKeepingDamageAside(journal, spec.commandLine().getErr());
            if (json) {
                out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(contents.entries()));
                return 0;
            }
            if (contents.entries().isEmpty()) {
                out.println("The journal (" + journal.file() + ") is empty.");
            }
            for (JournalEntry e : contents.entries()) {
                out.printf("%s  %-9s  %-16s %-20s %-22s -%d +%d  %s%n", e.id(), e.state().startsWith("failed")
                        ? "failed" : e.state(), e.action() + (e.undoOf() == null ? "" : " " + e.undoOf()),
                        String.join(",", e.versions()), e.database(), e.removed().size(), e.added().size(),
                        e.reason() == null ? "" : e.reason());
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One entry with its preview and row images.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            JournalEntry e = readKeepingDamageAside(journal(), spec.commandLine().getErr()).entries().stream()
                    .filter(entry -> entry.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                    "no journal entry " + id + "; 'migrascope journal list' shows the ids"));
            out.println("entry     " + e.id() + " (" + e.state() + ")");
            out.println("when      " + e.at() + " by " + e.osUser() + " as database role " + e.dbRole());
            out.println("where     " + e.database() + " " + e.table() + " (" + e.tool() + ")");
            out.println("what      " + e.action() + " " + String.join(", ", e.versions())
                    + (e.undoOf() == null ? "" : " (undoes " + e.undoOf() + ")"));
            out.println("why       " + (e.reason() == null || e.reason().isEmpty() ? "(no reason given)" : e.reason()));
            out.println();
            out.println(e.preview());
            printRows(out, "rows removed", e.removed());
            printRows(out, "rows added", e.added());
            return 0;
        }

        private static void printRows(PrintWriter out, String title, List<String> rows) {
            out.println(title + ": " + rows.size());
            rows.forEach(r -> out.println("  " + r));
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = "Take an entry back: remove the rows it added, restore the rows it removed — only while"
                    + " they still match the journal.")
    static final class Undo implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--url", paramLabel = "URL", description = "The database the entry was written to (default: $DATABASE_URL).")
        String url;

        @Option(names = "--password-env", paramLabel = "VAR", description = "Read the password from this environment variable.")
        String passwordEnv;

        @Mixin
        WriteOptions write = new WriteOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Journal journal = journal();
            Journal.Contents contents = readKeepingDamageAside(journal, spec.commandLine().getErr());
            JournalEntry entry = contents.entries().stream().filter(e -> e.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no journal entry " + id
                            + "; 'migrascope journal list' shows the ids"));
            UndoAction undo = UndoAction.plan(entry, contents.entries());
            out.print(undo.preview().render());
            out.flush();
            if (!undo.blockers().isEmpty()) {
                throw new CommandFailure("undo is refused; nothing was written:\n  - " + String.join("\n  - ", undo.blockers()));
            }
            if (write.dryRun) {
                out.println("\nDry run: nothing was changed.");
                return 0;
            }
            if (!undo.touchesRows()) {
                return moveFilesBack(out, undo);
            }
            String effective = url != null ? url : System.getenv("DATABASE_URL");
            if (effective == null) {
                throw new IllegalArgumentException("pass --url of " + entry.database() + " (or set DATABASE_URL)");
            }
            Database db = new Database(ConnectionSpec.parse(effective), new PasswordSource(System.getenv(), passwordEnv));
            if (!write.yes && !Confirmation.ask(out, "Undo " + entry.id() + " in " + db.spec().label()
                    + "? Type 'yes' to go on: ")) {
                throw new CommandFailure("not confirmed; nothing was written (pass --yes to run without a prompt)");
            }
            MigrationTool tool = Tools.byId(entry.tool()).orElseThrow(() -> new IllegalArgumentException(
                    "the entry was written for tool '" + entry.tool() + "', which this Migrascope does not know"));
            TrackingWrite done;
            try {
                done = new UndoExecutor(write.context(db)).execute(undo, tool.writer(entry.schema(), db.spec().database()));
            } catch (ActionException e) {
                throw new CommandFailure(e.getMessage());
            }
            out.println("\nUndone: " + done.removed().size() + " row(s) removed, " + done.added().size()
                    + " restored; journal entry " + done.journalId() + ".");
            return 0;
        }

        private int moveFilesBack(PrintWriter out, UndoAction undo) throws Exception {
            if (!write.yes && !Confirmation.ask(out, "Move the file(s) back? Type 'yes' to go on: ")) {
                throw new CommandFailure("not confirmed; nothing was moved (pass --yes to run without a prompt)");
            }
            TrackingWrite done;
            try {
                done = new UndoExecutor(new WriteContext(null, journal(), write.reason, java.time.Duration.ZERO))
                        .execute(undo, null);
            } catch (ActionException e) {
                throw new CommandFailure(e.getMessage());
            }
            out.println("\nUndone: the file(s) are back; journal entry " + done.journalId() + ".");
            return 0;
        }
    }
}
