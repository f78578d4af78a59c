package io.migrascope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command under GNU time. Measuring from outside the child is the point: the wall time
 * includes JVM start-up and exit, and max RSS is the whole process, not just the Java heap.
 */
final class TimedProcess {
    static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final long TIMEOUT_MINUTES = 15;
    private final Path scratch;

    TimedProcess(Path scratch) {
        this.scratch = scratch;
    }

    Sample run(List<String> command) throws IOException, InterruptedException {
        return run(command, 0);
    }

    /** For commands whose normal answer is not 0, e.g. {@code compare} exits 2 when databases disagree. */
    Sample run(List<String> command, int expectedExit) throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Path timing = scratch.resolve("time.txt");
        Path stderr = scratch.resolve("stderr.txt");
        List<String> full = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%e %M %U %S",
                "-o", timing.toString()));
        full.addAll(command);
        double busyBefore = CpuClock.busySeconds();
        // stdout is thrown away so terminal or pipe speed never enters the measurement.
        Process p = new ProcessBuilder(full)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out after " + TIMEOUT_MINUTES + " min: " + command);
        }
        if (p.exitValue() != expectedExit) {
            throw new IllegalStateException("exit " + p.exitValue() + " from " + command + "\n"
                    + Files.readString(stderr));
        }
        double busy = CpuClock.busySeconds() - busyBefore;
        return parse(Files.readAllLines(timing), command, busy);
    }

    /** The last line: GNU time puts "Command exited with non-zero status" lines before it. */
    private static Sample parse(List<String> lines, List<String> command, double machineBusy) {
        if (lines.isEmpty()) {
            throw new IllegalStateException("GNU time wrote nothing for " + command);
        }
        String[] parts = lines.get(lines.size() - 1).trim().split("\\s+");
        double cpu = Double.parseDouble(parts[2]) + Double.parseDouble(parts[3]);
        return new Sample(Double.parseDouble(parts[0]), Long.parseLong(parts[1]), cpu, Math.max(0, machineBusy - cpu));
    }
}
