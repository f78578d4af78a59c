package io.migrascope.ui.profile;

import io.migrascope.core.db.ConnectException;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.profile.ImportedProfile;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.db.profile.ProfileImport;
import io.migrascope.core.db.profile.ProfileStore;
import io.migrascope.ui.task.TaskRunner;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The profile list and its commands. Every store access and connection test runs through the
 * {@link TaskRunner}; the list changes on the FX thread only.
 */
public final class ProfileListViewModel {
    private final TaskRunner tasks;
    private final ProfileStore store;
    private final SessionPasswords passwords;
    private final Map<String, String> environment;
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    /** Profiles shown but never stored: the demo workspace's databases, for this session only. */
    private final java.util.List<Profile> sessionOnly = new java.util.ArrayList<>();
    private final ObjectProperty<Profile> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public ProfileListViewModel(TaskRunner tasks, ProfileStore store, SessionPasswords passwords,
                                Map<String, String> environment) {
        this.tasks = tasks;
        this.store = store;
        this.passwords = passwords;
        this.environment = environment;
    }

    // ---- properties

    public ObservableList<Profile> profiles() {
        return profiles;
    }

    public ObjectProperty<Profile> selectedProperty() {
        return selected;
    }

    /** The last thing worth telling: a damaged file set aside, a failed save, an import note. */
    public StringProperty messageProperty() {
        return message;
    }

    public SessionPasswords passwords() {
        return passwords;
    }

    /** Adds profiles for this session only (the demo's), after the stored ones, and selects the first. */
    public void addSessionOnly(java.util.List<Profile> extra) {
        sessionOnly.removeIf(p -> extra.stream().anyMatch(x -> x.name().equals(p.name())));
        sessionOnly.addAll(extra);
        show(profiles.stream().filter(p -> !isSessionOnly(p)).toList());
        if (!extra.isEmpty()) {
            selected.set(extra.get(0));
        }
    }

    public boolean isSessionOnly(Profile profile) {
        return sessionOnly.stream().anyMatch(p -> p.name().equals(profile.name()));
    }

    private void show(java.util.List<Profile> stored) {
        java.util.List<Profile> all = new java.util.ArrayList<>(stored);
        sessionOnly.stream().filter(p -> stored.stream().noneMatch(s -> s.name().equals(p.name()))).forEach(all::add);
        profiles.setAll(all);
    }

    // ---- commands

    /** Reads the profiles; then selects the one called {@code select}, if given and present. */
    public void load(String select) {
        tasks.run("Reading profiles", p -> store.load(), loaded -> {
            show(loaded.profiles());
            if (!loaded.notices().isEmpty()) {
                message.set(String.join(" ", loaded.notices()));
            }
            if (select != null) {
                profiles.stream().filter(x -> x.name().equals(select)).findFirst().ifPresent(selected::set);
            }
        }, this::fail);
    }

    /** Saves a new or edited profile ({@code previousName} null for a new one) and selects it. */
    public void save(String previousName, Profile profile, Runnable done) {
        tasks.run("Saving profile " + profile.name(), p -> {
            store.replace(previousName == null ? profile.name() : previousName, profile);
            return store.list();
        }, list -> {
            show(list);
            select(profile.name());
            message.set("Saved profile " + profile.name() + " to " + store.file() + ".");
            done.run();
        }, this::fail);
    }

    public void duplicate(Profile profile) {
        tasks.run("Duplicating profile " + profile.name(), p -> {
            Profile copy = store.duplicate(profile.name());
            return new Changed(store.list(), copy.name());
        }, changed -> {
            show(changed.profiles());
            select(changed.select());
        }, this::fail);
    }

    public void delete(Profile profile) {
        tasks.run("Deleting profile " + profile.name(), p -> {
            store.delete(profile.name());
            return store.list();
        }, list -> {
            show(list);
            message.set("Deleted profile " + profile.name() + ".");
        }, this::fail);
    }

    /**
     * Imports from a URL or a {@code .env} file (exactly one of them non-null). A password found in
     * it is remembered for the session and cleared from the import; the profile itself is not saved
     * yet: the user checks it in the editor first.
     */
    public void importFrom(String url, Path dotEnv, Consumer<ImportedProfile> imported) {
        tasks.run("Importing profile", p -> dotEnv != null ? ProfileImport.fromDotEnv(dotEnv) : ProfileImport.fromUrl(url),
                result -> {
                    if (result.hasPassword()) {
                        passwords.remember(result.profile(), result.password());
                        result.clearPassword();
                    }
                    message.set(String.join(" ", result.notes()));
                    imported.accept(result);
                }, this::fail);
    }

    /** Opens and closes one session: the server version, the role, and whether it is read-only. */
    public void testConnection(Profile profile, Consumer<ConnectionCheck> result) {
        // A port of 99999 reaches the driver as a URL it cannot parse; say it plainly instead. The other
        // problems of a profile (no folder chosen yet) do not stop a connection test from the editor.
        List<String> unusable = new ArrayList<>();
        if (profile.host().isBlank()) {
            unusable.add("the host is empty; use localhost for this machine");
        }
        if (profile.port() < 1 || profile.port() > 65535) {
            unusable.add("port " + (profile.port() == -1 ? "(not a number)" : profile.port()) + " is not between 1 and 65535");
        }
        if (!unusable.isEmpty()) {
            result.accept(new ConnectionCheck(false, false, "Cannot test " + (profile.name().isBlank() ? "the profile"
                    : "profile " + profile.name()) + ": " + String.join("; ", unusable)));
            return;
        }
        Database database = profile.toDatabase(passwords.sourceFor(profile, environment));
        tasks.run("Testing " + profile.name(), p -> check(database), result, error -> {
            String missing = SessionPasswords.missingVariable(profile, environment);
            String text = "Cannot connect with profile " + profile.name() + ": " + error.getMessage()
                    + (missing == null ? "" : " (" + missing + ")");
            result.accept(new ConnectionCheck(false, AuthFailure.isPasswordProblem(error), text));
        });
    }

    private static ConnectionCheck check(Database database) throws ConnectException, java.sql.SQLException {
        long start = System.nanoTime();
        try (Connection c = database.open(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('server_version'), current_user,"
                     + " current_setting('transaction_read_only')")) {
            rs.next();
            long ms = (System.nanoTime() - start) / 1_000_000;
            return new ConnectionCheck(true, false, "Connected to PostgreSQL " + rs.getString(1) + " at "
                    + database.spec().label() + " as " + rs.getString(2) + " in " + ms + " ms"
                    + ("on".equals(rs.getString(3)) ? "; the session is read-only." : "; the session can write."));
        }
    }

    private void select(String name) {
        profiles.stream().filter(x -> x.name().equals(name)).findFirst().ifPresent(selected::set);
    }

    private void fail(Throwable error) {
        message.set(error.getMessage() == null ? error.toString() : error.getMessage());
    }

    private record Changed(List<Profile> profiles, String select) {
    }
}
