package io.migrascope.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * The real node tools of the interop tests (dbmate, knex, node-pg-migrate, drizzle-orm, the
 * Supabase CLI): installed from npm into a folder under {@code target/}, run as processes. Tests
 * that need them skip themselves when node or npm is not on the PATH.
 *
 * <p>Installs use {@code npm install}, not {@code npm ci}: it keeps the locked versions of
 * {@code src/test/interop/package-lock.json} while tolerating the lock's missing optional platform
 * packages (dbmate's), which {@code npm ci} refuses.
 */
public final class NodeTools {
    /** The pinned manifest and lock of the interop suite. */
    public static final Path PINNED = Path.of("src", "test", "interop");

    private NodeTools() {
    }

    /**
     * One run of a command.
     *
     * @param out everything it printed, both streams in order when they were merged
     * @param err what it printed on stderr when kept apart, else empty
     */
    public record Run(int exitCode, String out, String err) {
        public boolean ok() {
            return exitCode == 0;
        }

        /** Both streams. */
        public String output() {
            return err.isEmpty() ? out : out + "\n" + err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n" + (err.isEmpty() ? out : "--- out\n" + out + "\n--- err\n" + err);
        }
    }

    /** Skips the calling test unless node and npm are on the PATH. */
    public static void assumeNode(String what) {
        assumeTrue(onPath("node") && onPath("npm"), "node and npm are needed for " + what);
    }

    /** {@code target/interop-<name>}, absolute. */
    public static Path home(String name) {
        return Path.of("target", "interop-" + name).toAbsolutePath();
    }

    /**
     * Runs {@code npm install} in {@code home} unless every path of {@code present} (relative to it)
     * exists already (with none given, always); the caller has written or copied the package.json
     * (and lock) there.
     *
     * @param extra more npm options, e.g. {@code --ignore-scripts}
     */
    public static void npmInstall(Path home, List<String> present, String... extra) {
        if (!present.isEmpty() && present.stream().allMatch(p -> Files.exists(home.resolve(p)))) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund"));
        command.addAll(List.of(extra));
        Run run = exec(home, Map.of(), 600, true, command);
        if (!run.ok()) {
            throw new IllegalStateException("npm install in " + home + " failed:\n" + run);
        }
    }

    /** Copies the pinned package.json and lock into {@code home} (created if needed). */
    public static void copyPinned(Path home) {
        try {
            Files.createDirectories(home);
            for (String f : List.of("package.json", "package-lock.json")) {
                Files.copy(PINNED.resolve(f), home.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code command} in {@code cwd} with {@code env} added, fails after {@code timeoutSeconds}.
     *
     * @param mergeErrors stderr into stdout, in the order printed (as a terminal shows it)
     */
    public static Run exec(Path cwd, Map<String, String> env, int timeoutSeconds, boolean mergeErrors,
                           List<String> command) {
        try {
            // Files, not pipes: a chatty tool cannot block on a full pipe while we wait for it.
            Path out = Files.createTempFile("node-tool", ".out");
            Path err = Files.createTempFile("node-tool", ".err");
            ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectOutput(out.toFile());
            if (mergeErrors) {
                pb.redirectErrorStream(true);
            } else {
                pb.redirectError(err.toFile());
            }
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
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

    /** The test database as the {@code postgres://user:password@host:port/db} URL node tools take. */
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
        String password = params.get("password");
        String auth = enc(params.getOrDefault("user", "postgres")) + (password == null ? "" : ":" + enc(password)) + "@";
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
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, exe))) {
                return true;
            }
        }
        return false;
    }
}
