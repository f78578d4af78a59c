package io.migrascope.ui.app;

import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.journal.Journal;
import io.migrascope.ui.profile.AuthFailure;
import io.migrascope.ui.profile.SessionPasswords;
import io.migrascope.ui.task.TaskRunner;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Which profile is open. Opening one is background work; a refused password leads to the prompt and
 * another try; a newer choice wins over an older one still connecting.
 */
public final class MainWindowViewModel {
    /** Asks the user for a password; the view shows a dialog. */
    @FunctionalInterface
    public interface PasswordAsker {
        Optional<char[]> ask(Profile profile, String why);
    }

    private final TaskRunner tasks;
    private final SessionPasswords passwords;
    private final Map<String, String> environment;
    private final Journal journal;
    private final ReadOnlyObjectWrapper<ConsoleSession> session = new ReadOnlyObjectWrapper<>();
    private static final String HINT = "Choose a profile on the left, or add one with New… or Import….";
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(HINT);
    private PasswordAsker asker = (p, why) -> Optional.empty();
    private ConsoleSession pending;

    public MainWindowViewModel(TaskRunner tasks, SessionPasswords passwords, Map<String, String> environment,
                               Journal journal) {
        this.tasks = tasks;
        this.passwords = passwords;
        this.environment = environment;
        this.journal = journal;
    }

    public void setPasswordAsker(PasswordAsker asker) {
        this.asker = asker;
    }

    /** Opens a profile unless it is the one open already (the same, unchanged profile). */
    public void open(Profile profile) {
        ConsoleSession current = session.get();
        if (profile == null || (current != null && current.profile().equals(profile) && pending == null)) {
            return;
        }
        if (pending != null) {
            pending.close();
        }
        ConsoleSession next = new ConsoleSession(profile, tasks, passwords.sourceFor(profile, environment), journal);
        pending = next;
        status.set("Opening " + profile.label() + "…");
        next.open(() -> opened(next), error -> failed(next, profile, error));
    }

    private void opened(ConsoleSession next) {
        if (pending != next) {
            next.close();
            return;
        }
        pending = null;
        ConsoleSession old = session.get();
        if (old != null) {
            old.close();
        }
        status.set("");
        session.set(next);
    }

    private void failed(ConsoleSession next, Profile profile, Throwable error) {
        if (pending != next) {
            return;
        }
        pending = null;
        String why = ConsoleSession.describe(error);
        String missing = SessionPasswords.missingVariable(profile, environment);
        if (AuthFailure.isPasswordProblem(error)) {
            passwords.forget(profile);
            Optional<char[]> typed = asker.ask(profile, why + (missing == null ? "" : "; " + missing));
            if (typed.isPresent()) {
                passwords.remember(profile, typed.get());
                Arrays.fill(typed.get(), '\0');
                open(profile);
                return;
            }
        }
        // Showing the previous profile's rows under the newly chosen name would mislead: close it.
        if (session.get() != null) {
            session.get().close();
            session.set(null);
        }
        status.set("Cannot open " + profile.label() + ": " + why);
    }

    /** Closes the open session, e.g. when its profile was deleted. */
    public void close() {
        if (pending != null) {
            pending.close();
            pending = null;
        }
        if (session.get() != null) {
            session.get().close();
            session.set(null);
        }
        status.set(HINT);
    }

    /**
     * Keeps a damaged journal aside in the background (its readable entries written back) and
     * passes the sentence saying where to {@code tell}; a whole journal says nothing.
     */
    public void checkJournal(Consumer<String> tell) {
        tasks.run("Checking the journal", p -> journal.keepDamagedAside(), notice -> notice.ifPresent(tell),
                error -> tell.accept("The journal " + journal.file() + " cannot be checked: " + error.getMessage()));
    }

    /** The open session, or null; changes only when a profile finished opening. */
    public ReadOnlyObjectProperty<ConsoleSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** What the centre says while nothing is open: the hint, "Opening …", or why opening failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
