package io.migrascope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar migrascope.jar <command>} runs the command in a second JVM tuned for short
 * commands. What a user relies on: the same output and exit code either way, their own JVM flags
 * respected, and an escape hatch. Runs a real {@code java -jar} on a jar that points at the build's
 * classes (the shaded jar is built after the tests).
 */
class CommandJvmTest {
    @TempDir
    static Path dir;
    private static Path jar;

    @BeforeAll
    static void thinJar() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, "io.migrascope.Launcher");
        main.put(Attributes.Name.CLASS_PATH, List.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .stream().map(p -> Path.of(p).toUri().toString()).collect(Collectors.joining(" ")));
        jar = dir.resolve("migrascope-thin.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }
    }

    @Test
    void aCommandRunsInATunedJvmWithTheSameOutputAndExitCode() throws Exception {
        Path missing = dir.resolve("no-such-folder");
        Run relaunched = run(List.of(), "show", "status", "--dir", missing.toString(), "--url", "postgres://127.0.0.1:1/x");
        Run same = run(List.of(), "same", "status", "--dir", missing.toString(), "--url", "postgres://127.0.0.1:1/x");
        assertTrue(relaunched.err.contains("command JVM: ") && relaunched.err.contains("-XX:TieredStopAtLevel=1"),
                relaunched.err);
        assertFalse(same.err.contains("command JVM: "), same.err);
        assertEquals(same.code, relaunched.code);
        assertTrue(same.code != 0);
        assertEquals(same.out, relaunched.out);
        assertEquals(same.err, relaunched.err.substring(relaunched.err.indexOf('\n') + 1));
    }

    @Test
    void theUsersOwnJvmFlagsKeepTheCommandInTheirJvm() throws Exception {
        Run run = run(List.of("-Xmx300m"), "show", "--version");
        assertEquals(0, run.code);
        assertFalse(run.err.contains("command JVM: "), run.err);
    }

    @Test
    void theConsoleFlagsOfThePackagedAppDoNotKeepACommandFromItsOwnJvm() throws Exception {
        List<String> packaged = new ArrayList<>(CommandJvm.CONSOLE_FLAGS);
        packaged.add("-Dmigrascope.jvm=console");
        Run run = run(packaged, "show", "--version");
        assertEquals(0, run.code);
        assertTrue(run.err.contains("command JVM: ") && run.err.contains("-XX:TieredStopAtLevel=1"), run.err);
        assertFalse(run.err.contains("-Dmigrascope.jvm=console"), run.err);
    }

    @Test
    void systemPropertiesReachTheCommandJvm() throws Exception {
        Run run = run(List.of("-Dmigrascope.example=kept"), "show", "--version");
        assertEquals(0, run.code);
        assertTrue(run.err.contains("-Dmigrascope.example=kept"), run.err);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(List<String> jvmFlags, String mode, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("MIGRASCOPE_JVM", mode);
        pb.environment().put("MIGRASCOPE_HOME", dir.resolve("home").toString());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        int code = p.waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
