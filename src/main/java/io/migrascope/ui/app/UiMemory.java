package io.migrascope.ui.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.migrascope.core.db.profile.AtomicFiles;
import io.migrascope.ui.migrations.ColumnLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the window remembers between runs, as {@code ui-state.json} in the config directory: its
 * bounds, the last profile, the theme and each table's columns. Losing this file costs nothing but
 * the layout, so an unreadable one is simply started afresh (and kept aside). Load and save touch the
 * disk: the application does them outside the FX thread's drawing (in init and stop).
 */
public final class UiMemory {
    public static final String FILE_NAME = "ui-state.json";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path file;
    private State state;

    private UiMemory(Path file, State state) {
        this.file = file;
        this.state = state;
    }

    /** A memory that starts empty and is never written: for tests and first runs without a config dir. */
    public static UiMemory inMemory() {
        return new UiMemory(null, State.EMPTY);
    }

    public static UiMemory load(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            State read = MAPPER.readValue(Files.readAllBytes(file), State.class);
            return new UiMemory(file, read == null ? State.EMPTY : read);
        } catch (NoSuchFileException e) {
            return new UiMemory(file, State.EMPTY);
        } catch (IOException | RuntimeException e) {
            try {
                AtomicFiles.setAside(file);
            } catch (IOException ignored) {
                // The layout is worth nothing next to starting at all; the next save overwrites it.
            }
            return new UiMemory(file, State.EMPTY);
        }
    }

    public void save() throws IOException {
        if (file != null) {
            AtomicFiles.write(file, MAPPER.writeValueAsBytes(state));
        }
    }

    public State state() {
        return state;
    }

    public void update(java.util.function.UnaryOperator<State> change) {
        state = change.apply(state);
    }

    /**
     * The remembered settings.
     *
     * @param window      the main window's bounds, or null on the first run
     * @param lastProfile the profile open when the window closed, or null
     * @param darkTheme   whether the dark theme was chosen
     * @param tables      column layouts by table id
     * @param dividers    split-pane divider positions by split id
     */
    public record State(Bounds window, String lastProfile, boolean darkTheme, Map<String, ColumnLayout> tables,
                        Map<String, double[]> dividers) {
        static final State EMPTY = new State(null, null, false, Map.of(), Map.of());

        public State {
            tables = tables == null ? Map.of() : Map.copyOf(tables);
            dividers = dividers == null ? Map.of() : Map.copyOf(dividers);
        }

        public State withWindow(Bounds b) {
            return new State(b, lastProfile, darkTheme, tables, dividers);
        }

        public State withLastProfile(String name) {
            return new State(window, name, darkTheme, tables, dividers);
        }

        public State withDarkTheme(boolean dark) {
            return new State(window, lastProfile, dark, tables, dividers);
        }

        public State withTable(String id, ColumnLayout layout) {
            Map<String, ColumnLayout> t = new HashMap<>(tables);
            t.put(id, layout);
            return new State(window, lastProfile, darkTheme, t, dividers);
        }

        public State withDividers(String id, double[] positions) {
            Map<String, double[]> d = new HashMap<>(dividers);
            d.put(id, positions.clone());
            return new State(window, lastProfile, darkTheme, tables, d);
        }
    }

    /** A window's position and size. */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
    }
}
