package io.migrascope.ui.app;

import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.db.profile.ProfileStore;
import io.migrascope.core.journal.Journal;
import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.ui.ConsoleContext;
import io.migrascope.ui.ConsolePanels;
import io.migrascope.ui.findings.FindingsPanel;
import io.migrascope.ui.findings.FindingsViewModel;
import io.migrascope.ui.migrations.MigrationTableView;
import io.migrascope.ui.migrations.MigrationTableViewModel;
import io.migrascope.ui.profile.PasswordPrompt;
import io.migrascope.ui.profile.ProfileListView;
import io.migrascope.ui.profile.ProfileListViewModel;
import io.migrascope.ui.profile.SessionPasswords;
import io.migrascope.ui.status.StatusBarView;
import io.migrascope.ui.status.StatusViewModel;
import io.migrascope.ui.status.TaskTracker;
import io.migrascope.ui.task.TaskRunner;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The console's one window: profiles on the left, the migrations table in the centre with the
 * findings beside it and the SQL pane below, the guarded actions on top, the status at the bottom.
 * It wires the feature views to the open {@link ConsoleSession}; each feature draws itself.
 */
public final class MainWindow {
    /** What the window needs from the application. */
    public record Services(TaskRunner tasks, ProfileStore profiles, SessionPasswords passwords, UiMemory memory,
                           Journal journal, Map<String, String> environment) {
    }

    static final String STYLESHEET = "/io/migrascope/ui/theme/migrascope.css";
    private final Stage stage;
    private final Services services;
    private final Function<ConsoleContext, ConsolePanels> panelsFactory;
    private final TaskTracker tasks;
    private final MainWindowViewModel model;
    private final ProfileListViewModel profiles;
    private final MigrationTableViewModel table;
    private final FindingsViewModel findings = new FindingsViewModel();
    private final GuardedActions actions;
    private final StatusViewModel status;
    private final MigrationTableView tableView;
    private final ProfileListView profileView;
    private final StackPane sqlHolder = new StackPane();
    private final ProductionBanner banner;
    private final DemoBanner demoBanner = new DemoBanner(this::resetDemo);
    private DemoSession demo;
    private final ActionLauncher launcher;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final BorderPane root = new BorderPane();
    private final SplitPane outer = new SplitPane();
    private final SplitPane work = new SplitPane();
    private final SplitPane upper = new SplitPane();
    private final SessionWiring wiring;
    private ConsolePanels panels;

    public MainWindow(Stage stage, Services services, Function<ConsoleContext, ConsolePanels> panelsFactory) {
        this.stage = stage;
        this.services = services;
        this.panelsFactory = panelsFactory;
        this.tasks = new TaskTracker(services.tasks());
        this.model = new MainWindowViewModel(tasks, services.passwords(), services.environment(), services.journal());
        this.profiles = new ProfileListViewModel(tasks, services.profiles(), services.passwords(), services.environment());
        this.table = new MigrationTableViewModel(tasks);
        this.actions = new GuardedActions(tasks);
        this.status = new StatusViewModel(tasks.running());
        this.tableView = new MigrationTableView(table);
        this.profileView = new ProfileListView(profiles);
        this.launcher = new ActionLauncher(tasks, () -> panels, () -> stage);
        this.banner = new ProductionBanner(this::unlock, () -> session().relock());
        this.wiring = new SessionWiring(table, findings, actions, status, banner);
        model.setPasswordAsker((profile, why) -> PasswordPrompt.ask(stage, profile, why));
        layout();
        connect();
    }

    private void layout() {
        ActionToolbar toolbar = new ActionToolbar(actions, this::runAction, this::recover,
                () -> withPanels(p -> p.openJournal(stage)), this::refresh);
        tableView.setRowContextMenu(toolbar.contextMenu());
        FindingsPanel findingsPanel = new FindingsPanel(findings);
        Label noPanels = new Label("The SQL of the selected migration shows here.");
        noPanels.getStyleClass().add("placeholder-message");
        sqlHolder.getChildren().setAll(noPanels);
        sqlHolder.setId("sql-holder");
        Label hint = new Label();
        hint.getStyleClass().add("placeholder-message");
        hint.textProperty().bind(model.statusProperty());
        hint.setId("centre-message");
        tableView.table().setPlaceholder(hint);

        upper.getItems().setAll(tableView, findingsPanel);
        upper.setDividerPositions(0.68);
        work.setOrientation(Orientation.VERTICAL);
        work.getItems().setAll(upper, sqlHolder);
        work.setDividerPositions(0.66);
        outer.getItems().setAll(profileView, work);
        outer.setDividerPositions(0.19);
        SplitPane.setResizableWithParent(profileView, false);

        AppMenus.Commands commands = new AppMenus.Commands(() -> profileView.edit(null, Profile.blank(), List.of()),
                profileView::importProfile, this::exportReport, stage::close, this::refresh, tableView::focusFilter, darkTheme,
                toolbar.contextMenu(), this::compareEnvironments);
        root.setTop(new VBox(AppMenus.build(commands, () -> stage), toolbar.toolBar(), demoBanner, banner));
        root.setCenter(outer);
        root.setBottom(new StatusBarView(status));
        root.setId("main-window");
        darkTheme.addListener((obs, was, dark) -> {
            root.getStyleClass().remove("theme-dark");
            if (dark) {
                root.getStyleClass().add("theme-dark");
            }
        });
    }

    private void connect() {
        profiles.selectedProperty().addListener((obs, old, profile) -> model.open(profile));
        model.sessionProperty().addListener((obs, old, now) -> sessionChanged(now));
        table.selectedRows().addListener((ListChangeListener<MigrationRow>) c -> selectionChanged());
        findings.onSelectRows(table::select);
        findings.onResolve((finding, kind) -> actions.planner().ifPresent(p -> launcher.resolve(p, finding, kind)));
        findings.onRecover(finding -> withPanels(p -> p.openRecovery(finding, stage)));
        ChangeListener<String> tell = (obs, old, text) -> {
            if (text != null && !text.isEmpty()) {
                status.messageProperty().set(text);
            }
        };
        profiles.messageProperty().addListener(tell);
        // A deleted profile's session must not stay open under no name.
        profiles.profiles().addListener((ListChangeListener<Profile>) c -> {
            ConsoleSession open = session();
            if (open != null && profiles.profiles().stream().noneMatch(p -> p.name().equals(open.profile().name()))) {
                model.close();
            }
        });
        model.statusProperty().addListener(tell);
    }

    private void sessionChanged(ConsoleSession session) {
        panels = session == null ? null : panelsFactory.apply(session);
        if (panels != null) {
            sqlHolder.getChildren().setAll(panels.sqlPane());
        }
        wiring.follow(session, status.messageProperty());
        if (session != null) {
            services.memory().update(s -> s.withLastProfile(session.profile().name()));
        }
    }

    private void selectionChanged() {
        List<MigrationRow> rows = table.selectedRows();
        actions.setSelection(rows);
        withPanels(p -> p.showRow(rows.isEmpty() ? null : rows.get(0)));
    }

    private void runAction(ActionKind kind) {
        actions.plan(kind).ifPresent(launcher::launch);
    }

    private void recover() {
        actions.recoverTarget().ifPresent(finding -> withPanels(p -> p.openRecovery(finding, stage)));
    }

    /**
     * Runs the console on the demo workspace: starts it in the background (progress in the status
     * bar), then lists its databases as profiles for this session and opens the first.
     */
    public void startDemo(DemoSession session) {
        this.demo = session;
        demoBanner.textProperty().set("Starting the demo workspace: an embedded PostgreSQL with one database per"
                + " sample, each broken the way the seeds describe …");
        demoBanner.showing(true, false);
        session.start(demoProfiles -> {
            reportTimeToFirstReport();
            profiles.addSessionOnly(demoProfiles);
            demoBanner.textProperty().set("This is a demo on an embedded PostgreSQL: " + demoProfiles.size()
                    + " databases, each broken as in a real recovery story. Repair them freely — Reset demo puts the"
                    + " damage back. To use your own database: File ▸ New profile… (or migrascope status --url …).");
            demoBanner.showing(true, true);
        }, error -> {
            demoBanner.textProperty().set("The demo workspace could not start: " + ConsoleSession.describe(error)
                    + " Add a profile for a database of your own with File ▸ New profile….");
            demoBanner.showing(true, false);
        });
    }

    /**
     * With {@code -Dmigrascope.timing=true}, prints once how long it took from the JVM's start until
     * the first report reached the window: the benchmark's "launch to interactive window" figure.
     */
    private void reportTimeToFirstReport() {
        if (!Boolean.getBoolean("migrascope.timing")) {
            return;
        }
        model.sessionProperty().addListener((obs, old, session) -> {
            if (session != null) {
                printOnce(session.report().get());
                session.report().addListener((o, was, report) -> printOnce(report));
            }
        });
    }

    private void printOnce(io.migrascope.core.model.Report report) {
        if (report != null && !timed) {
            timed = true;
            long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("migrascope: first report in the window " + ms + " ms after the JVM started ("
                    + report.rows().size() + " rows)");
        }
    }

    private boolean timed;

    private void resetDemo() {
        if (demo == null) {
            return;
        }
        demoBanner.showing(true, false);
        demo.reset(() -> {
            demoBanner.showing(true, true);
            status.messageProperty().set("The demo databases and folders are back in their broken states.");
            refresh();
        }, error -> {
            demoBanner.showing(true, true);
            message(Alert.AlertType.ERROR, "Reset demo failed", ConsoleSession.describe(error));
        });
    }

    /**
     * File ▸ Export evidence report…: the state as it is on screen, with this database's journal,
     * as Markdown, HTML or JSON (by the file's extension), written in the background.
     */
    private void exportReport() {
        ConsoleSession s = session();
        if (s == null || s.report().get() == null) {
            message(Alert.AlertType.INFORMATION, "Nothing to export", "Open a profile first.");
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export the evidence report");
        chooser.setInitialFileName("migrascope-" + s.profile().database() + ".md");
        chooser.setInitialDirectory(io.migrascope.ui.ChooserFolders.forDocuments());
        chooser.getExtensionFilters().addAll(
                new javafx.stage.FileChooser.ExtensionFilter("Markdown", "*.md"),
                new javafx.stage.FileChooser.ExtensionFilter("HTML", "*.html"),
                new javafx.stage.FileChooser.ExtensionFilter("JSON", "*.json"));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        io.migrascope.core.model.Report report = s.report().get();
        String folder = s.audit().folder().toString();
        tasks.run("Writing the evidence report", p -> {
            var evidence = new io.migrascope.core.audit.report.EvidenceReport(report, folder, List.of(),
                    io.migrascope.core.audit.report.EvidenceReport.forDatabase(
                            services.journal().read().entries(), report.database()), java.time.Instant.now());
            String name = file.getName().toLowerCase(java.util.Locale.ROOT);
            String text = name.endsWith(".html") ? evidence.html()
                    : name.endsWith(".json") ? evidence.json() : evidence.markdown();
            java.nio.file.Files.writeString(file.toPath(), text);
            return file.toPath();
        }, written -> status.messageProperty().set("Wrote the evidence report to " + written + "."),
                error -> message(Alert.AlertType.ERROR, "The report could not be written",
                        ConsoleSession.describe(error)));
    }

    /**
     * View ▸ Compare environments…: the profiles in one grid, in a window of its own; the profiles
     * sharing the open profile's folder are chosen to start with.
     */
    private void compareEnvironments() {
        var compare = new io.migrascope.ui.compare.CompareViewModel(tasks, io.migrascope.ui.action.FxThread.PLATFORM,
                profiles.profiles(), p -> services.passwords().sourceFor(p, services.environment()),
                java.time.Instant::now, 8);
        if (session() != null) {
            compare.chooseAllSharingFolderOf(session().profile());
        }
        io.migrascope.ui.compare.CompareWindow.open(stage, compare,
                MainWindow.class.getResource(STYLESHEET).toExternalForm());
    }

    /** F5: read the state again. */
    public void refresh() {
        ConsoleSession s = session();
        if (s != null) {
            s.refresh();
        }
    }

    private void unlock() {
        ConsoleSession s = session();
        if (s == null) {
            return;
        }
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(stage);
        ask.setTitle("Unlock production");
        ask.setHeaderText("Allow writes to the PRODUCTION database " + s.profile().database() + " for this session?");
        ask.setContentText("Type the database name (" + s.profile().database() + "):");
        ask.getDialogPane().setId("unlock-dialog");
        ask.getEditor().setId("unlock-database-name");
        ask.showAndWait().ifPresent(typed -> {
            boolean started = s.unlock(typed,
                    () -> status.messageProperty().set("Writes to " + s.profile().database() + " are allowed until"
                            + " the profile is locked again or closed; each write still asks."),
                    error -> message(Alert.AlertType.ERROR, "Cannot unlock " + s.profile().name(),
                            ConsoleSession.describe(error)));
            if (!started) {
                message(Alert.AlertType.WARNING, "Still read-only", "'" + typed + "' is not the database name "
                        + s.profile().database() + "; nothing was unlocked.");
            }
        });
    }

    private void message(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text, ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText(header);
        alert.show();
    }

    private void withPanels(java.util.function.Consumer<ConsolePanels> use) {
        if (panels != null) {
            use.accept(panels);
        }
    }

    /** Builds the scene, restores the remembered layout and shows the window. */
    public void show() {
        Scene scene = new Scene(root, 1280, 800);
        String css = MainWindow.class.getResource(STYLESHEET).toExternalForm();
        scene.getStylesheets().add(css);
        DialogTheming.install(stage, css, darkTheme);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::refresh);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                tableView::focusFilter);
        stage.setTitle("Migrascope");
        stage.setScene(scene);
        WindowMemory.restore(stage, services.memory(), tableView, List.of(outer, work, upper), darkTheme);
        stage.show();
        profiles.load(services.memory().state().lastProfile());
        model.checkJournal(notice -> status.messageProperty().set(notice));
    }

    /** Puts the window's bounds, columns, dividers and theme into the memory (the app saves it). */
    public void rememberLayout() {
        WindowMemory.capture(stage, services.memory(), tableView, List.of(outer, work, upper), darkTheme.get());
    }

    // ---- for the application and the tests

    public ConsoleSession session() {
        return model.sessionProperty().get();
    }

    public MainWindowViewModel model() {
        return model;
    }

    public ProfileListViewModel profiles() {
        return profiles;
    }

    public MigrationTableViewModel table() {
        return table;
    }

    public GuardedActions actions() {
        return actions;
    }

    public TaskTracker tasks() {
        return tasks;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }
}
