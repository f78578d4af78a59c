package io.migrascope.core.tool.supabase;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrascope.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real Supabase CLI for interop tests. Its npm package 3.x ships the binary for each platform as
 * an optional dependency ({@code @supabase/cli-linux-x64}), so it installs from npm like dbmate (the
 * 2.x packages downloaded it from GitHub in a postinstall script, which cannot work here). Pinned here
 * to 3.1.0 and installed into {@code target/interop-supabase} until src/test/interop pins it.
 * It runs against the test database with {@code --remote=<postgres url>}, in a project folder
 * holding {@code supabase/migrations}.
 */
final class SupabaseCli {
    static final String VERSION = "3.1.0";
    private static final Path HOME = Path.of("target", "interop-supabase").toAbsolutePath();
    private static boolean installed;

    private final TestDatabase db;
    private final Path project;

    SupabaseCli(TestDatabase db, Path project) {
        this.db = db;
        this.project = project;
    }

    record Run(int exitCode, String output) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n" + output;
        }
    }

    /** {@code supabase <args...> --remote=<url>}, in the project folder. */
    Run run(String... args) {
        List<String> command = new ArrayList<>();
        command.add(bin().toString());
        command.addAll(List.of(args));
        command.add("--remote=" + url(db));
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
            Run run = exec(HOME, List.of("npm", "install", "--no-audit", "--no-fund"), 600);
            if (run.exitCode() != 0) {
                throw new IllegalStateException("npm install supabase@" + VERSION + " failed:\n" + run);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Run exec(Path cwd, List<String> command, int timeoutSeconds) {
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
            Run run = new Run(p.exitValue(), Files.readString(out));
            Files.delete(out);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The test database as a {@code postgres://} URL. */
    static String url(TestDatabase db) {
        String jdbc = db.url().substring("jdbc:".length());
        int q = jdbc.indexOf('?');
        String base = q < 0 ? jdbc : jdbc.substring(0, q);
        Map<String, String> params = new LinkedHashMap<>();
        if (q >= 0) {
            for (String kv : jdbc.substring(q + 1).split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    params.put(kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        String user = enc(params.getOrDefault("user", "postgres"));
        String password = params.get("password");
        return base.replaceFirst("^postgresql://", "postgres://" + user + (password == null ? "" : ":" + enc(password))
                + "@") + "?sslmode=disable";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
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
