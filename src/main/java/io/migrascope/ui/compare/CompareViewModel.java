package io.migrascope.ui.compare;

import io.migrascope.core.action.Cancellation;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.audit.compare.Comparison;
import io.migrascope.core.audit.compare.ComparisonExport;
import io.migrascope.core.audit.compare.ComparisonRow;
import io.migrascope.core.audit.compare.Environment;
import io.migrascope.core.audit.compare.EnvironmentComparer;
import io.migrascope.core.audit.compare.EnvironmentResult;
import io.migrascope.core.audit.compare.Promotion;
import io.migrascope.core.audit.compare.SharedTool;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.Tools;
import io.migrascope.ui.action.FxThread;
import io.migrascope.ui.task.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The compare view without a screen: which profiles are compared, the grid, how reading each
 * database goes, the "only rows that differ" filter, the promotion preview and the exports. The
 * reading runs on the task runner; per-database progress reaches the FX thread through {@link FxThread}.
 */
public final class CompareViewModel {
    /** After this long a database still being read is shown as slow. */
    static final Duration PATIENCE = Duration.ofSeconds(5);
    private final TaskRunner tasks;
    private final FxThread fx;
    private final ObservableList<Profile> profiles;
    private final Function<Profile, PasswordSource> passwords;
    private final Supplier<Instant> clock;
    private final int parallelism;
    private final ObservableList<Profile> chosen = FXCollections.observableArrayList();
    private final ObservableList<DatabaseProgress> databases = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<ComparisonRow> rows = new FilteredList<>(allRows);
    private final BooleanProperty onlyDiffering = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> promoteFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<String> promoteTo = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Promotion> promotion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(
            "Choose the profiles to compare (they must share one migrations folder), then Compare.");
    private Cancellation cancellation;
    private int generation;

    public CompareViewModel(TaskRunner tasks, FxThread fx, ObservableList<Profile> profiles,
                            Function<Profile, PasswordSource> passwords, Supplier<Instant> clock, int parallelism) {
        this.tasks = tasks;
        this.fx = fx;
        this.profiles = profiles;
        this.passwords = passwords;
        this.clock = clock;
        this.parallelism = parallelism;
        onlyDiffering.addListener((obs, was, only) -> rows.setPredicate(only ? ComparisonRow::differs : null));
        promoteFrom.addListener((obs, was, now) -> preview());
        promoteTo.addListener((obs, was, now) -> preview());
    }

    /** Picks every profile whose migrations folder is the given profile's: all tenants of one folder. */
    public void chooseAllSharingFolderOf(Profile profile) {
        Path folder = normalized(profile);
        chosen.setAll(profiles.stream().filter(p -> normalized(p).equals(folder)).toList());
    }

    /** Reads the chosen profiles' databases; a comparison still running is cancelled first. */
    public void compare() {
        List<Profile> picked = List.copyOf(chosen);
        if (picked.isEmpty()) {
            message.set("Choose at least one profile to compare.");
            return;
        }
        List<Path> folders = picked.stream().map(CompareViewModel::normalized).distinct().toList();
        if (folders.size() > 1) {
            message.set("These profiles use different migrations folders ("
                    + picked.stream().map(p -> p.name() + ": " + p.folder()).collect(Collectors.joining(", "))
                    + "); a comparison needs one folder. \"All sharing this folder\" picks the profiles of one.");
            return;
        }
        cancel();
        int run = ++generation;
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        databases.setAll(picked.stream().map(p -> DatabaseProgress.waiting(p.name())).toList());
        allRows.clear();
        comparison.set(null);
        promotion.set(null);
        running.set(true);
        message.set("Reading " + picked.size() + " database(s)…");
        Path folder = folders.get(0);
        tasks.run("Comparing " + picked.size() + " databases", progress -> {
            progress.onCancel(cancel::cancel);
            List<Environment> envs = picked.stream()
                    .map(p -> new Environment(p.name(), p.toDatabase(passwords.apply(p)))).toList();
            MigrationTool tool = SharedTool.choose(folder, toolOf(picked), envs);
            String schema = picked.get(0).schema() != null ? picked.get(0).schema() : tool.defaultSchema();
            // Like compare on the command line, without the catalog probe: the grid is about what the
            // tracking tables say, and probing 200 catalogs costs more than reading them.
            return new EnvironmentComparer(new Audit(tool, folder, schema, false), parallelism).compare(envs,
                    new EnvironmentComparer.Listener() {
                        @Override
                        public void environmentStarted(String name) {
                            onFx(run, () -> replace(name, p -> p.reading(clock.get())));
                        }

                        @Override
                        public void environmentDone(int done, int total, EnvironmentResult result) {
                            progress.update(done / (double) total, done + " of " + total + " databases read");
                            onFx(run, () -> replace(result.name(), p -> finished(result)));
                        }
                    }, cancel);
        }, result -> {
            if (run == generation) {
                show(result, cancel.isCancelled());
            }
        }, error -> {
            if (run == generation) {
                running.set(false);
                message.set("The comparison failed: " + describe(error));
            }
        });
    }

    /** Stops reading; the grid shows what was read, the rest as cancelled. */
    public void cancel() {
        if (cancellation != null && running.get()) {
            cancellation.cancel();
        }
    }

    /** Marks databases that have been reading for longer than {@link #PATIENCE} as slow; the view calls it each second. */
    public void tick() {
        Instant now = clock.get();
        for (int i = 0; i < databases.size(); i++) {
            DatabaseProgress later = databases.get(i).at(now, PATIENCE);
            if (later != databases.get(i)) {
                databases.set(i, later);
            }
        }
    }

    /** Writes the grid as CSV or HTML (by the file's extension) in the background, the filter applied. */
    public void export(Path file) {
        Comparison c = comparison.get();
        if (c == null) {
            message.set("Nothing to export yet: compare first.");
            return;
        }
        boolean only = onlyDiffering.get();
        boolean html = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html");
        tasks.run("Exporting the comparison", p -> {
            Files.writeString(file, html ? ComparisonExport.html(c, only) : ComparisonExport.csv(c, only));
            return file;
        }, written -> message.set("Wrote the grid to " + written + "."),
                error -> message.set("The grid could not be written to " + file + ": " + describe(error)));
    }

    private void show(Comparison result, boolean cancelled) {
        running.set(false);
        comparison.set(result);
        allRows.setAll(result.rows());
        // The results are final: a database the listener never reported (cancelled before reading) gets its reason here.
        result.results().forEach(r -> replace(r.name(), p -> p.finished() ? p : finished(r)));
        long unread = result.results().stream().filter(r -> !r.ok()).count();
        message.set((cancelled ? "Cancelled. " : "")
                + (result.agrees() ? "The databases agree." : result.differing().size() + " of " + result.rows().size()
                + " migrations differ between the databases.")
                + (unread == 0 ? "" : " " + unread + " database(s) could not be read; their column says why."));
        if (promoteFrom.get() == null && promoteTo.get() == null && result.environments().size() >= 2) {
            promoteFrom.set(result.environments().get(0));
            promoteTo.set(result.environments().get(1));
        } else {
            preview();
        }
    }

    private void preview() {
        Comparison c = comparison.get();
        String from = promoteFrom.get();
        String to = promoteTo.get();
        boolean known = c != null && from != null && to != null && !from.equals(to)
                && c.environments().contains(from) && c.environments().contains(to);
        promotion.set(known ? Promotion.between(c, from, to) : null);
    }

    private static DatabaseProgress finished(EnvironmentResult r) {
        return r.ok()
                ? new DatabaseProgress(r.name(), DatabaseProgress.Phase.READ, "read in " + r.took().toMillis() + " ms", null)
                : new DatabaseProgress(r.name(), DatabaseProgress.Phase.UNREADABLE, r.error(), null);
    }

    private void replace(String name, java.util.function.UnaryOperator<DatabaseProgress> change) {
        for (int i = 0; i < databases.size(); i++) {
            if (databases.get(i).name().equals(name)) {
                databases.set(i, change.apply(databases.get(i)));
                return;
            }
        }
    }

    /** Runs on the FX thread unless a newer comparison started meanwhile; pool threads call it concurrently. */
    private void onFx(int run, Runnable r) {
        fx.run(() -> {
            synchronized (databases) {
                if (run == generation) {
                    r.run();
                }
            }
        });
    }

    private static String toolOf(List<Profile> picked) {
        List<String> named = picked.stream().map(Profile::tool).distinct().toList();
        return named.size() == 1 ? named.get(0) : Tools.AUTO;
    }

    private static Path normalized(Profile p) {
        return p.folder().toAbsolutePath().normalize();
    }

    private static String describe(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    // ---- for the view

    public ObservableList<Profile> profiles() {
        return profiles;
    }

    public ObservableList<Profile> chosen() {
        return chosen;
    }

    public ObservableList<DatabaseProgress> databases() {
        return databases;
    }

    /** The grid's rows, the filter applied. */
    public ObservableList<ComparisonRow> rows() {
        return rows;
    }

    public BooleanProperty onlyDifferingProperty() {
        return onlyDiffering;
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ObjectProperty<String> promoteFromProperty() {
        return promoteFrom;
    }

    public ObjectProperty<String> promoteToProperty() {
        return promoteTo;
    }

    public ReadOnlyObjectProperty<Promotion> promotionProperty() {
        return promotion.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
