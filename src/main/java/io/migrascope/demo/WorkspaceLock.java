package io.migrascope.demo;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises starting and building the workspace: between processes (the GUI and a
 * {@code migrascope demo status} in a terminal) with a lock on {@code demo/workspace.lock}, and
 * between threads of one process with a plain lock first, because two file locks on one file in
 * one JVM throw instead of waiting.
 */
final class WorkspaceLock implements AutoCloseable {
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(Path demoDirectory, Duration wait) throws IOException, DemoException {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!IN_PROCESS.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted while waiting for the demo workspace", e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(demoDirectory.resolve("workspace.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new WorkspaceLock(channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw busy(wait);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            IN_PROCESS.unlock();
            throw new DemoException("interrupted while waiting for the demo workspace", e);
        } catch (IOException | DemoException | RuntimeException e) {
            closeQuietly(channel);
            IN_PROCESS.unlock();
            throw e;
        }
    }

    private static DemoException busy(Duration wait) {
        return new DemoException("another Migrascope has been starting or rebuilding the demo workspace for "
                + wait.toSeconds() + " s; wait for it to finish, or close it and try again");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing releases the lock; there is nothing else to undo.
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            IN_PROCESS.unlock();
        }
    }
}
