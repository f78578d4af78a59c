package io.migrascope.reliability;

import io.migrascope.bench.ChildJava;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real command line in a JVM of its own, so it can be killed with SIGKILL ({@code kill -9})
 * or race another process for the lock, as two deploy jobs would.
 */
final class ChildCli implements AutoCloseable {
    private final Process process;
    private final Path out;
    private final Path err;

    private ChildCli(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static ChildCli start(Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ChildJava.executable(), "-cp", ChildJava.testClasspath(),
                "-Dmigrascope.home=" + home, "-Djava.awt.headless=true", "io.migrascope.Launcher"));
        command.addAll(List.of(args));
        Files.createDirectories(home);
        Path out = Files.createTempFile(home, "child", ".out");
        Path err = Files.createTempFile(home, "child", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildCli(p, out, err);
    }

    /** SIGKILL: no shutdown hook, no finally block, no rollback sent by the client. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the process to end and returns its exit code. */
    int await() throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the child CLI did not finish: " + this);
        }
        return process.exitValue();
    }

    String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    @Override
    public String toString() {
        try {
            return "child CLI" + (process.isAlive() ? " (running)" : " exit " + process.exitValue())
                    + "\n--- out\n" + out() + "\n--- err\n" + err();
        } catch (IOException e) {
            return "child CLI: " + e;
        }
    }
}
