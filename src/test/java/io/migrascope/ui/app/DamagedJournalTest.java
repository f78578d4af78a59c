package io.migrascope.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.journal.Journal;
import io.migrascope.core.journal.JournalEntry;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.SystemProperty;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * A journal torn by a crash or garbled by a hand edit: the CLI and the console still start, the
 * damaged file is kept aside byte for byte, the user is told where, and the readable entries stay
 * listed (and undoable).
 */
class DamagedJournalTest {
    @TempDir
    Path home;
    @TempDir
    Path config;
    private String savedHome;
    private String savedConfig;
    private byte[] damaged;

    @BeforeEach
    void writeDamagedJournal() throws Exception {
        savedHome = System.getProperty("migrascope.home");
        savedConfig = System.getProperty("migrascope.config");
        System.setProperty("migrascope.home", home.toString());
        Journal journal = Journal.standard();
        journal.append(entry("20260101-100000-aaaa"));
        journal.append(entry("20260101-110000-bbbb"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(Files.readAllBytes(journal.file()));
        bytes.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        // A write torn by a crash: the last line stops half-way.
        String torn = Files.readAllLines(journal.file()).get(0);
        bytes.write(torn.substring(0, torn.length() / 2).getBytes(StandardCharsets.UTF_8));
        damaged = bytes.toByteArray();
        Files.write(journal.file(), damaged);
    }

    @AfterEach
    void restoreProperties() {
        SystemProperty.restore("migrascope.home", savedHome);
        SystemProperty.restore("migrascope.config", savedConfig);
    }


    private static JournalEntry entry(String id) {
        return new JournalEntry(id, Instant.parse("2026-01-01T10:00:00Z"), "ops", "app", "localhost:5432/shop",
                "native", "public", "\"public\".\"schema_migrations\"", "mark-applied", List.of("001"), "ticket 7",
                "INSERT ...", List.of(), List.of("{\"version\": \"001\"}"), List.of(), null, JournalEntry.COMMITTED);
    }

    private Path keptAside() throws Exception {
        try (Stream<Path> files = Files.list(home)) {
            List<Path> aside = files.filter(f -> f.getFileName().toString().startsWith("journal.jsonl.damaged-")).toList();
            assertEquals(1, aside.size(), "exactly one copy kept aside: " + aside);
            return aside.get(0);
        }
    }

    @Test
    void theCliListsTheReadableEntriesAndSaysWhereTheDamagedFileWasKept() throws Exception {
        CliRun list = CliRun.of("journal", "list");
        assertEquals(0, list.exitCode(), list.toString());
        assertTrue(list.out().contains("20260101-100000-aaaa") && list.out().contains("20260101-110000-bbbb"),
                list.toString());
        Path aside = keptAside();
        assertTrue(list.err().contains("2 unreadable line(s) (line 3: IOException, line 4:"), list.err());
        assertTrue(list.err().contains("kept as " + aside), list.err());
        assertArrayEquals(damaged, Files.readAllBytes(aside), "every byte of the damaged file is kept");

        Journal.Contents now = Journal.standard().read();
        assertEquals(List.of(), now.damaged(), "the journal in use is clean again");
        assertEquals(2, now.entries().size());
        CliRun again = CliRun.of("journal", "show", "20260101-110000-bbbb");
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals("", again.err(), "told once, not on every command");
        assertTrue(again.out().contains("ticket 7"), again.out());
    }

    @Test
    void theConsoleStartsAndTellsWhereTheDamagedFileWasKept() throws Exception {
        System.setProperty("migrascope.config", config.toString());
        Stage primary = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(MigrascopeApp.class, "--no-demo");
        try {
            WindowHarness.until(primary::isShowing, "the window shows");
            WindowHarness.until(() -> statusMessage(primary).contains("journal.jsonl.damaged-"),
                    () -> "the status bar tells about the journal: " + statusMessage(primary));
            Path aside = keptAside();
            assertTrue(statusMessage(primary).contains("kept as " + aside), statusMessage(primary));
            assertEquals(2, Journal.standard().read().entries().size());
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private static String statusMessage(Stage stage) {
        Label label = (Label) stage.getScene().lookup("#status-message");
        return label == null || label.getText() == null ? "" : label.getText();
    }
}
