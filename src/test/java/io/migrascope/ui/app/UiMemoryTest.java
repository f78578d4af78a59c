package io.migrascope.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.ui.migrations.ColumnLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiMemoryTest {
    @TempDir
    Path dir;

    @Test
    void boundsLastProfileThemeColumnsAndDividersSurviveARestart() throws Exception {
        UiMemory memory = UiMemory.load(dir);
        assertNull(memory.state().window());
        ColumnLayout layout = new ColumnLayout(List.of("version", "state", "name"), Map.of("version", 120.0),
                List.of(new ColumnLayout.SortKey("version", false)));
        memory.update(s -> s.withWindow(new UiMemory.Bounds(10, 20, 1000, 700, false)).withLastProfile("shop")
                .withDarkTheme(true).withTable("migrations", layout).withDividers("split-0", new double[] {0.25}));
        memory.save();

        UiMemory.State read = UiMemory.load(dir).state();
        assertEquals(new UiMemory.Bounds(10, 20, 1000, 700, false), read.window());
        assertEquals("shop", read.lastProfile());
        assertTrue(read.darkTheme());
        assertEquals(layout, read.tables().get("migrations"));
        assertArrayEquals(new double[] {0.25}, read.dividers().get("split-0"));
    }

    @Test
    void anUnreadableFileStartsAfreshAndIsKeptAside() throws Exception {
        Files.writeString(dir.resolve(UiMemory.FILE_NAME), "{ not json");
        UiMemory memory = UiMemory.load(dir);
        assertFalse(memory.state().darkTheme());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("ui-state.json.corrupt-")));
        }
    }

    @Test
    void anInMemoryStoreWritesNothing() throws Exception {
        UiMemory memory = UiMemory.inMemory();
        memory.update(s -> s.withLastProfile("x"));
        memory.save();
        assertEquals("x", memory.state().lastProfile());
    }
}
