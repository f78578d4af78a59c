package io.migrascope.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * What the workspace remembers between runs ({@code demo/workspace.properties}): the port, so the
 * URLs a user copied stay valid, and which sample version each database was built from. A
 * database's entry is removed before it is rebuilt and written back only when the build finished,
 * so a build cut short by a crash is simply done again.
 */
final class WorkspaceState {
    private static final String PORT = "port";
    private static final String BUILT = "built.";
    private final Path file;
    private final Properties values = new Properties();

    private WorkspaceState(Path file) {
        this.file = file;
    }

    static WorkspaceState load(Path demoDirectory) throws IOException {
        WorkspaceState state = new WorkspaceState(demoDirectory.resolve("workspace.properties"));
        if (Files.isRegularFile(state.file)) {
            try (InputStream in = Files.newInputStream(state.file)) {
                state.values.load(in);
            } catch (IllegalArgumentException damaged) {
                // A torn write: forgetting costs one rebuild, never a wrong story.
                state.values.clear();
            }
        }
        return state;
    }

    int port() {
        try {
            return Integer.parseInt(values.getProperty(PORT, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    void port(int port) {
        values.setProperty(PORT, Integer.toString(port));
    }

    String builtFrom(String database) {
        return values.getProperty(BUILT + database);
    }

    void built(String database, String fingerprint) {
        if (fingerprint == null) {
            values.remove(BUILT + database);
        } else {
            values.setProperty(BUILT + database, fingerprint);
        }
    }

    /** Written beside and moved over the old file, so a crash leaves the old state or the new one. */
    void save() throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            values.store(out, "Migrascope demo workspace; delete this file to rebuild every demo database");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
