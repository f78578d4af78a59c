package io.migrascope.core.tool.nodepgmigrate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrascope.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real npm tools (knex, node-pg-migrate) for interop tests, installed from the pinned
 * {@code src/test/interop/package.json} and lock into {@code target/interop-node-tools}. A stand-in
 * until the shared {@code testing.NodeTools} exists; tests skip themselves when node or npm is absent.
 */
public final class NpmTools {
    private static final Path HOME = Path.of("target", "interop-node-tools").toAbsolutePath();
    private static boolean installed;

    private NpmTools() {
    }

    /** The result of one run of a tool. */
    public record Run(int exitCode, String out, String err) {
        public String all() {
            return out + "\n" + err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    /** Path of an installed tool's executable, e.g. {@code bin("knex")}. */
    public static synchronized Path bin(String tool) {
        assumeTrue(onPath("node") && onPath("npm"), "node and npm are needed for the interop tests");
        if (!installed) {
            install();
            installed = true;
        }
        return HOME.resolve("node_modules").resolve(".bin").resolve(tool);
    }

    private static void install() {
        try {
            Files.createDirectories(HOME);
            Path source = Path.of("src", "test", "interop");
            for (String f : List.of("package.json", "package-lock.json")) {
                Files.copy(source.resolve(f), HOME.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.isExecutable(HOME.resolve("node_modules/.bin/knex"))
                    && Files.isExecutable(HOME.resolve("node_modules/.bin/node-pg-migrate"))) {
                return;
            }
            // npm install, not npm ci: it keeps the locked versions while tolerating the lock's
            // missing optional platform packages, which npm ci refuses.
            Run run = exec(HOME, Map.of(), 600, "npm", "install", "--no-audit", "--no-fund");
            if (run.exitCode() != 0) {
                throw new IllegalStateException("npm install of the interop tools failed:\n" + run);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Links {@code node_modules} of the installed tools into a project folder, as a real project
     * has it: the Knex CLI insists on a local knex install beside the knexfile.
     */
    public static void linkNodeModules(Path project) {
        bin("knex");
        try {
            Files.createSymbolicLink(project.resolve("node_modules"), HOME.resolve("node_modules"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs an installed tool in {@code cwd}. */
    public static Run run(Path cwd, Map<String, String> env, String tool, String... args) {
        List<String> command = new ArrayList<>();
        command.add(bin(tool).toString());
        command.addAll(List.of(args));
        return exec(cwd, env, 180, command.toArray(String[]::new));
    }

    private static Run exec(Path cwd, Map<String, String> env, int timeoutSeconds, String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
            pb.environment().putAll(env);
            Path out = Files.createTempFile("npm-tool", ".out");
            Path err = Files.createTempFile("npm-tool", ".err");
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            Run run = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The test database as the {@code postgres://} URL node's pg driver takes. */
    public static String postgresUrl(TestDatabase db) {
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
        String user = params.getOrDefault("user", "postgres");
        String password = params.get("password");
        String auth = enc(user) + (password == null ? "" : ":" + enc(password)) + "@";
        return base.replaceFirst("^postgresql://", "postgres://" + auth);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, exe))) {
                return true;
            }
        }
        return false;
    }
}
