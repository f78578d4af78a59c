package io.migrascope.samples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrascope.core.tool.nodepgmigrate.NpmTools;
import io.migrascope.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Supabase CLI 3.1.0 from npm, as the Supabase interop tests install it (its 3.x npm
 * package ships the platform binary as an optional dependency, so nothing is downloaded from
 * GitHub), into the same {@code target/interop-supabase}. It runs in a project folder holding
 * {@code supabase/migrations}, against the test database with {@code --remote=<postgres url>}.
 */
final class SupabaseCliRun {
    static final String VERSION = "3.1.0";
    private static final Path HOME = Path.of("target", "interop-supabase").toAbsolutePath();
    private static boolean installed;

    private SupabaseCliRun() {
    }

    /** One run: exit code and everything it printed. */
    record Result(int exitCode, String output) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n" + output;
        }
    }

    /** {@code supabase <args...> --remote=<url>} in {@code project}. */
    static Result run(TestDatabase db, Path project, String... args) {
        List<String> command = new ArrayList<>();
        command.add(bin().toString());
        command.addAll(List.of(args));
        command.add("--remote=" + NpmTools.postgresUrl(db) + "?sslmode=disable");
        return exec(project, command, 180);
    }

    private static synchronized Path bin() {
        assumeTrue(onPath("node") && onPath("npm"), "node and npm are needed to install the Supabase CLI from npm");
        if (!installed) {
            install();
            installed = true;
        }
        return HOME.resolve("node_modules").resolve(".bin").resolve("supabase");
    }

    private static void install() {
        try {
            Files.createDirectories(HOME);
            if (Files.isExecutable(HOME.resolve("node_modules/.bin/supabase"))) {
                return;
            }
            Files.writeString(HOME.resolve("package.json"), "{\"private\": true, \"dependencies\": {\"supabase\": \""
                    + VERSION + "\"}}\n");
            Result run = exec(HOME, List.of("npm", "install", "--no-audit", "--no-fund"), 600);
            if (run.exitCode() != 0) {
                throw new IllegalStateException("npm install supabase@" + VERSION + " failed:\n" + run);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result exec(Path cwd, List<String> command, int timeoutSeconds) {
        try {
            Path out = Files.createTempFile("supabase", ".out");
            ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile());
            // Keep the CLI from asking a terminal or a browser anything.
            pb.environment().put("CI", "true");
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            Result result = new Result(p.exitValue(), Files.readString(out));
            Files.delete(out);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, exe))) {
                return true;
            }
        }
        return false;
    }
}
