package io.migrascope.bench;

import io.migrascope.ui.app.MigrascopeApp;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Window;

/**
 * The child JVM of {@link GuiBenchmark}: starts the real console (its own main class, its stored
 * profile and UI memory, headless on Monocle), then watches every FX pulse from an
 * {@link AnimationTimer}. A running timer makes JavaFX pulse continuously, so the gap between two
 * pulses is the time the FX thread was not free to draw. Prints one line per event on stdout:
 * {@code interactive MS}, then {@code refresh MS LONGEST_PULSE_GAP_MS ITS_FX_CPU_MS} per refresh, then {@code rss KIB HWM_KIB HEAP_USED_KIB HEAP_COMMITTED_KIB}.
 */
public final class GuiProbe {
    private static final String TABLE = "#migration-table-view";
    private final int rows;
    private final String url;
    private final PulseWatch pulses = new PulseWatch();

    private GuiProbe(int rows, String url) {
        this.rows = rows;
        this.url = url;
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        int refreshes = Integer.parseInt(args[1]);
        String url = args[2];
        Thread launcher = new Thread(() -> Application.launch(MigrascopeApp.class, "--no-demo"), "launcher");
        launcher.setDaemon(true);
        launcher.start();
        int code = 1;
        try {
            new GuiProbe(rows, url).run(refreshes);
            code = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            // exit, not Platform.exit: the parent measured what it needed and the app's stop() has nothing to keep.
            System.out.flush();
            System.exit(code);
        }
    }

    private void run(int refreshes) throws Exception {
        waitForToolkit();
        TableView<?> table = await(() -> shownTable(), 120);
        double interactiveMs = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        System.out.println("interactive " + fmt(interactiveMs));
        System.out.flush();
        Thread.sleep(1_000);
        for (int i = 0; i < refreshes; i++) {
            touchOneRow();
            double[] r = refreshOnce(table);
            System.out.println("refresh " + fmt(r[0]) + " " + fmt(r[1]) + " " + fmt(r[2]));
            System.out.flush();
            Thread.sleep(500);
        }
        System.gc();
        Thread.sleep(300);
        java.lang.management.MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        // Heap in use after a GC against heap committed: the console's own data, or the JVM's sizing?
        System.out.println("rss " + status("VmRSS") + " " + status("VmHWM") + " " + heap.getUsed() / 1024
                + " " + heap.getCommitted() / 1024);
        System.out.flush();
    }

    /**
     * A report equal to the last one changes nothing on screen, so a refresh of unchanged data has no
     * visible end. One tracking row changes before each F5: the console then replaces and redraws
     * every row, the heavier case and the one whose end the probe can see.
     */
    private void touchOneRow() throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE public.schema_migrations SET execution_time_ms = execution_time_ms + 1"
                    + " WHERE version = (SELECT min(version) FROM public.schema_migrations)");
        }
    }

    /** F5 as the user presses it; done at the first pulse after the table's rows were replaced. */
    private double[] refreshOnce(TableView<?> table) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<double[]> result = new AtomicReference<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            ListChangeListener<Object> replaced = new ListChangeListener<>() {
                @Override
                public void onChanged(Change<?> c) {
                    table.getItems().removeListener(this);
                    // The next pulse lays out and draws the new rows; the one after it starts once that is done.
                    pulses.atNextPulse(drawing -> pulses.atNextPulse(now -> {
                        result.set(new double[] {(now - start) / 1e6, pulses.longest() / 1e6, pulses.longestCpu() / 1e6});
                        done.countDown();
                    }));
                }
            };
            @SuppressWarnings("unchecked")
            javafx.collections.ObservableList<Object> items = (javafx.collections.ObservableList<Object>) table.getItems();
            items.addListener(replaced);
            pulses.startWindow(start);
            table.getScene().getAccelerators().get(new KeyCodeCombination(KeyCode.F5)).run();
        });
        if (!done.await(3, TimeUnit.MINUTES)) {
            throw new IllegalStateException("a refresh did not replace the rows within 3 minutes");
        }
        return result.get();
    }

    private TableView<?> shownTable() {
        for (Window w : Window.getWindows()) {
            Scene scene = w.getScene();
            Node found = scene == null ? null : scene.lookup(TABLE);
            if (w.isShowing() && found instanceof TableView<?> t && t.getItems().size() == rows) {
                return t;
            }
        }
        return null;
    }

    /** Checks {@code probe} on each pulse, so the moment found is a drawn frame, not a poll tick. */
    private <T> T await(java.util.function.Supplier<T> probe, int seconds) throws Exception {
        CountDownLatch found = new CountDownLatch(1);
        AtomicReference<T> value = new AtomicReference<>();
        Platform.runLater(() -> {
            pulses.start();
            pulses.everyPulse(now -> {
                T t = probe.get();
                if (t != null && value.compareAndSet(null, t)) {
                    found.countDown();
                }
                return t != null;
            });
        });
        if (!found.await(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no window showed " + rows + " rows within " + seconds + " s");
        }
        return value.get();
    }

    private static void waitForToolkit() throws InterruptedException {
        for (int i = 0; i < 6000; i++) {
            try {
                Platform.runLater(() -> { });
                return;
            } catch (IllegalStateException notYet) {
                Thread.sleep(5);
            }
        }
        throw new IllegalStateException("JavaFX did not start");
    }

    private static String status(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(key + ":")) {
                return line.substring(key.length() + 1).replace("kB", "").strip();
            }
        }
        return "-1";
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }

    /** The pulses seen, as gaps between consecutive ones; FX thread only. */
    private static final class PulseWatch extends AnimationTimer {
        private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long previous;
        private long previousCpu;
        private long windowStart = Long.MAX_VALUE;
        private long longest;
        private long longestCpu;
        private final List<java.util.function.LongPredicate> everyPulse = new ArrayList<>();
        private final List<java.util.function.LongConsumer> nextPulse = new ArrayList<>();

        @Override
        public void handle(long now) {
            // now is the pulse's start; the gap to the previous one is how long the thread was busy or idle.
            if (previous != 0 && previous >= windowStart) {
                longest = Math.max(longest, now - previous);
            } else if (previous != 0 && now > windowStart) {
                longest = Math.max(longest, now - windowStart);
            }
            // The FX thread's own CPU time between two pulses: what a gap costs without the wait for a
            // core that a busy machine adds to the wall-clock gap.
            long cpu = threads.getCurrentThreadCpuTime();
            if (previous != 0 && previous >= windowStart) {
                longestCpu = Math.max(longestCpu, cpu - previousCpu);
            }
            previousCpu = cpu;
            previous = now;
            everyPulse.removeIf(p -> p.test(now));
            List<java.util.function.LongConsumer> due = new ArrayList<>(nextPulse);
            nextPulse.clear();
            due.forEach(c -> c.accept(now));
        }

        void everyPulse(java.util.function.LongPredicate untilTrue) {
            everyPulse.add(untilTrue);
        }

        void atNextPulse(java.util.function.LongConsumer action) {
            nextPulse.add(action);
        }

        void startWindow(long start) {
            windowStart = start;
            longest = 0;
            longestCpu = 0;
        }

        long longest() {
            return longest;
        }

        long longestCpu() {
            return longestCpu;
        }
    }
}
