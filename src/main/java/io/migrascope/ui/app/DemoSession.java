package io.migrascope.ui.app;

import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.demo.DemoDatabase;
import io.migrascope.demo.DemoWorkspace;
import io.migrascope.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The demo workspace behind the console: an embedded PostgreSQL with one database per sample, each
 * in a broken state from the seeds. Started in the background when the user has no profile yet (or
 * asked with {@code --demo}); its databases appear as profiles for this session only.
 */
final class DemoSession {
    private final TaskRunner tasks;
    private final Path dataDirectory;
    private volatile DemoWorkspace workspace;
    private volatile boolean closed;

    DemoSession(TaskRunner tasks, Path dataDirectory) {
        this.tasks = tasks;
        this.dataDirectory = dataDirectory;
    }

    /** Whether the console should open on the demo: asked for, or nothing else is configured. */
    static boolean wanted(List<String> args, Map<String, String> env, boolean noStoredProfiles) {
        if (args.contains("--no-demo") || "0".equals(env.get("MIGRASCOPE_DEMO"))) {
            return false;
        }
        return args.contains("--demo") || "1".equals(env.get("MIGRASCOPE_DEMO")) || noStoredProfiles;
    }

    /** Opens (or reuses) the workspace in the background; {@code ready} gets its profiles on the FX thread. */
    void start(Consumer<List<Profile>> ready, Consumer<Throwable> failed) {
        tasks.run("Starting the demo workspace", progress -> {
            DemoWorkspace opened = DemoWorkspace.open(dataDirectory,
                    (message, fraction) -> progress.update(fraction, message));
            workspace = opened;
            if (closed) {
                // The application stopped while the server was starting: stop it now, not never.
                close();
            }
            return profiles(opened.databases());
        }, ready, failed);
    }

    /** Rebuilds every demo database in its broken state; {@code done} runs on the FX thread. */
    void reset(Runnable done, Consumer<Throwable> failed) {
        DemoWorkspace w = workspace;
        if (w == null) {
            return;
        }
        tasks.run("Resetting the demo", progress -> {
            w.reset((message, fraction) -> progress.update(fraction, message));
            return Boolean.TRUE;
        }, ok -> done.run(), failed);
    }

    /** Stops the embedded server cleanly; runs on the application's stop thread. */
    void close() {
        closed = true;
        DemoWorkspace w = workspace;
        workspace = null;
        if (w != null) {
            try {
                w.close();
            } catch (Exception e) {
                System.err.println("migrascope: the demo server did not stop cleanly: " + e.getMessage());
            }
        }
    }

    static List<Profile> profiles(List<DemoDatabase> databases) {
        return databases.stream().map(DemoSession::profile).toList();
    }

    private static Profile profile(DemoDatabase d) {
        ConnectionSpec spec = ConnectionSpec.parse(d.jdbcUrl());
        // Dev databases keep the demo's colour; staging and production wear their environment's, as real ones do.
        String colour = d.environment() == Environment.DEV ? "#7c4dff" : d.environment().defaultColour();
        return new Profile("demo · " + d.label() + d.seedLabel(), spec.host(), spec.port(), spec.database(),
                spec.user(), "disable", null, d.toolId(), d.folder().toString(), d.environment(), colour, null);
    }
}
