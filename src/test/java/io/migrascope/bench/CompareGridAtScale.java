package io.migrascope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrascope.core.audit.compare.ComparisonRow;
import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.ui.action.DialogStages;
import io.migrascope.ui.action.FxThread;
import io.migrascope.ui.compare.CompareView;
import io.migrascope.ui.compare.CompareViewModel;
import io.migrascope.ui.compare.DatabaseProgress;
import io.migrascope.ui.panels.FxWait;
import io.migrascope.ui.panels.Screenshots;
import io.migrascope.ui.task.FxTaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console's compare view on 200 tenant databases (the compare benchmark's), driven by the
 * robot: every column's header ends "read", the grid holds every migration, the filter leaves the
 * five that differ. Slow to set up, so skipped unless asked for:
 * <pre>mvn -B test -Dtest=CompareGridAtScale -Dmigrascope.scale=true</pre>
 * It prints how long the grid took to fill and leaves target/screenshots/compare-200.png.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class CompareGridAtScale {
    private static final int DATABASES = 200;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private CompareViewModel model;

    @Start
    void start(Stage stage) {
        model = new CompareViewModel(tasks, FxThread.PLATFORM, profiles, p -> new PasswordSource(Map.of(), null),
                Instant::now, 8);
        Scene scene = new Scene(new CompareView(model, extension -> Optional.empty()), 1200, 760);
        scene.getStylesheets().add(CompareGridAtScale.class.getResource(DialogStages.STYLESHEET).toExternalForm());
        scene.getStylesheets().add(CompareGridAtScale.class.getResource("/io/migrascope/ui/compare/compare.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void twoHundredTenantsInOneGrid(FxRobot robot) throws Exception {
        assumeTrue(Boolean.getBoolean("migrascope.scale"), "only with -Dmigrascope.scale=true");
        Corpus corpus = Corpus.prepare(Path.of("target", "bench").toAbsolutePath(), 80);
        TenantDatabases tenants = new TenantDatabases(BenchServer.of(null));
        try {
            Map<String, String> urls = tenants.create(corpus, DATABASES);
            List<Profile> tenantProfiles = urls.entrySet().stream().map(e -> {
                ConnectionSpec spec = ConnectionSpec.parse(e.getValue());
                return new Profile(e.getKey(), spec.host(), spec.port(), spec.database(), spec.user(), null, null,
                        "auto", corpus.nativeDir().toString(), Environment.PRODUCTION, null, null);
            }).toList();
            robot.interact(() -> {
                profiles.setAll(tenantProfiles);
                model.chooseAllSharingFolderOf(tenantProfiles.get(0));
            });
            TableView<ComparisonRow> grid = robot.lookup("#compare-grid").queryTableView();
            long start = System.nanoTime();
            robot.clickOn("#compare-run");
            FxWait.untilFx(() -> !model.runningProperty().get() && grid.getItems().size() == corpus.size());
            Bench.log(String.format("the grid of %d databases x %d migrations filled %.1f s after Compare",
                    DATABASES, corpus.size(), (System.nanoTime() - start) / 1e9));
            assertTrue(model.databases().stream().allMatch(p -> p.phase() == DatabaseProgress.Phase.READ),
                    "every database read");
            assertEquals(DATABASES + 2, grid.getColumns().size());
            robot.clickOn("#compare-only-differing");
            FxWait.untilFx(() -> grid.getItems().size() == 5);
            Screenshots.save(robot, grid.getScene().getRoot(), "compare-200");
        } finally {
            tenants.drop();
            tasks.close();
        }
    }
}
