package io.migrascope.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.audit.compare.ComparisonRow;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.testing.TestProfiles;
import io.migrascope.ui.action.FxThread;
import io.migrascope.ui.task.SynchronousTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The compare view's model against real databases, without a screen. */
@ExtendWith(PostgresExtension.class)
class CompareViewModelTest {
    @TempDir
    Path dir;
    @TempDir
    Path other;
    @TempDir
    Path out;

    private CompareViewModel model(List<Profile> profiles) {
        return new CompareViewModel(new SynchronousTaskRunner(), FxThread.DIRECT,
                FXCollections.observableArrayList(profiles), p -> new PasswordSource(Map.of(), null), Instant::now, 4);
    }

    @Test
    void theGridTheFilterThePromotionAndTheExportOfThreeEnvironmentsAndOneGone(TestDatabase dev, TestDatabase staging,
                                                                              TestDatabase production) throws Exception {
        List<Profile> profiles = new ArrayList<>(CompareFixture.threeEnvironmentsAndOneGone(dev, staging, production, dir));
        profiles.add(TestProfiles.of("elsewhere", dev, other, Environment.DEV));
        CompareViewModel model = model(profiles);

        model.chooseAllSharingFolderOf(profiles.get(1));
        assertEquals(List.of("dev", "staging", "production", "gone"), model.chosen().stream().map(Profile::name).toList(),
                "the profile of another folder is left out");
        model.compare();

        assertEquals(List.of("001", "002", "003"), model.rows().stream().map(ComparisonRow::version).toList());
        ComparisonRow invoices = model.rows().get(2);
        assertEquals(List.of("APPLIED", "DRIFTED", "PENDING"), invoices.cells().subList(0, 3).stream()
                .map(c -> c.state().name()).toList());
        assertNull(invoices.cells().get(3).state(), "unknown where the database could not be read");
        assertTrue(invoices.cells().get(1).appliedAt() != null && invoices.cells().get(1).trackedChecksum() != null);
        List<DatabaseProgress> headers = model.databases();
        assertEquals(DatabaseProgress.Phase.READ, headers.get(0).phase());
        assertTrue(headers.get(0).detail().startsWith("read in "), headers.get(0).detail());
        assertEquals(DatabaseProgress.Phase.UNREADABLE, headers.get(3).phase());
        assertTrue(headers.get(3).detail().contains("cannot reach PostgreSQL at 127.0.0.1"), headers.get(3).detail());
        assertTrue(model.messageProperty().get().contains("1 of 3 migrations differ")
                && model.messageProperty().get().contains("1 database(s) could not be read"), model.messageProperty().get());

        model.onlyDifferingProperty().set(true);
        assertEquals(List.of("003"), model.rows().stream().map(ComparisonRow::version).toList());
        model.onlyDifferingProperty().set(false);
        assertEquals(3, model.rows().size());

        assertEquals("dev", model.promoteFromProperty().get(), "the first two are proposed");
        model.promoteFromProperty().set("staging");
        model.promoteToProperty().set("production");
        assertEquals(List.of("003"), model.promotionProperty().get().willRun());
        assertTrue(model.promotionProperty().get().warnings().get(0).contains("production would get the file as it is"
                + " now"), model.promotionProperty().get().warnings().toString());
        model.promoteToProperty().set("gone");
        assertTrue(model.promotionProperty().get().warnings().get(0).startsWith("gone could not be read"));

        model.onlyDifferingProperty().set(true);
        model.export(out.resolve("grid.csv"));
        List<String> csv = Files.readAllLines(out.resolve("grid.csv"));
        assertEquals(2, csv.size(), "the header and the one differing row: " + csv);
        assertTrue(csv.get(1).startsWith("003,invoices,APPLIED,"), csv.get(1));
        model.export(out.resolve("grid.html"));
        assertTrue(Files.readString(out.resolve("grid.html")).contains("gone: cannot reach PostgreSQL"));
        assertTrue(model.messageProperty().get().startsWith("Wrote the grid to "), model.messageProperty().get());
    }

    @Test
    void profilesOfDifferentFoldersAreNotComparedAndSayWhy(TestDatabase a) throws Exception {
        CompareViewModel model = model(List.of(TestProfiles.of("a", a, dir, Environment.DEV),
                TestProfiles.of("b", a, other, Environment.DEV)));
        model.chosen().setAll(model.profiles());
        model.compare();
        assertTrue(model.messageProperty().get().startsWith("These profiles use different migrations folders (a: "),
                model.messageProperty().get());
        assertTrue(model.databases().isEmpty() && model.comparisonProperty().get() == null);
    }

    @Test
    void aDatabaseReadingLongerThanThePatienceIsShownAsSlow() {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        DatabaseProgress reading = DatabaseProgress.waiting("tenant_042").reading(start);
        assertEquals(DatabaseProgress.Phase.READING, reading.at(start.plusSeconds(4), CompareViewModel.PATIENCE).phase());
        DatabaseProgress slow = reading.at(start.plusSeconds(7), CompareViewModel.PATIENCE);
        assertEquals(DatabaseProgress.Phase.SLOW, slow.phase());
        assertEquals("slow: still reading after 7 s", slow.detail());
        DatabaseProgress done = new DatabaseProgress("tenant_042", DatabaseProgress.Phase.READ, "read in 9 ms", null);
        assertEquals(done, done.at(start.plusSeconds(60), CompareViewModel.PATIENCE), "a finished read is never slow");
    }
}
