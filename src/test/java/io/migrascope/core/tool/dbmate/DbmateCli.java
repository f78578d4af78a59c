package io.migrascope.core.tool.dbmate;

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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real dbmate, pinned in {@code src/test/interop/package.json} (2.28.0; its npm package ships the
 * Go binary for this platform as {@code @dbmate/linux-x64}), installed into {@code target/interop-dbmate}.
 * A stand-in until the shared {@code testing.NodeTools} exists; it runs dbmate the way its docs do:
 * {@code DATABASE_URL=postgres://...?sslmode=disable dbmate --migrations-dir DIR --no-dump-schema CMD}.
 */
final class DbmateCli {
    private static final Path HOME = Path.of("target", "interop-dbmate").toAbsolutePath();
    private static boolean installed;

    private final TestDatabase db;
    private final Path migrations;

    DbmateCli(TestDatabase db, Path migrations) {
        this.db = db;
        this.migrations = migrations;
    }

    /** One run: exit code and everything it printed. */
    record Run(int exitCode, String output) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n" + output;
        }
    }

    Run run(String command) {
        List<String> args = new ArrayList<>(List.of(bin().toString(), "--migrations-dir", migrations.toString(),
                "--no-dump-schema", command));
        return exec(migrations, Map.of("DATABASE_URL", url(db)), 120, args);
    }

    private static synchronized Path bin() {
        assumeTrue(onPath("node") && onPath("npm"), "node and npm are needed to install dbmate from npm");
        if (!installed) {
            install();
            installed = true;
        }
        return HOME.resolve("node_modules").resolve(".bin").resolve("dbmate");
    }

    private static void install() {
        try {
            Files.createDirectories(HOME);
            Path source = Path.of("src", "test", "interop");
            for (String f : List.of("package.json", "package-lock.json")) {
                Files.copy(source.resolve(f), HOME.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.isExecutable(HOME.resolve("node_modules/.bin/dbmate"))) {
                return;
            }
            // npm install keeps the locked versions; npm ci refuses the lock's missing optional platform packages.
            Run run = exec(HOME, Map.of(), 600, List.of("npm", "install", "--no-audit", "--no-fund"));
            if (run.exitCode() != 0) {
                throw new IllegalStateException("npm install of dbmate failed:\n" + run);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Run exec(Path cwd, Map<String, String> env, int timeoutSeconds, List<String> command) {
        try {
            Path out = Files.createTempFile("dbmate", ".out");
            ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile());
            pb.environment().putAll(env);
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

    /** The test database as a {@code postgres://} URL, as dbmate's DATABASE_URL takes it. */
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
        String auth = user + (password == null ? "" : ":" + enc(password)) + "@";
        return base.replaceFirst("^postgresql://", "postgres://" + auth) + "?sslmode=disable";
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
