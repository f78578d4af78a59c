package io.migrascope.core.tool.drizzle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migrascope.testing.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
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
 * The real drizzle-orm, from npm, at the versions pinned in {@code src/test/interop/package.json}:
 * installed once into {@code target/interop-drizzle} and driven through
 * {@code src/test/resources/drizzle/drizzle-migrator.mjs}. (Installed here rather than with the
 * shared lock file: {@code npm ci} refuses that lock file, which lacks dbmate's optional
 * platform packages.)
 */
final class DrizzleNode {
    private static final Path HOME = Path.of("target", "interop-drizzle").toAbsolutePath();
    private static final String SCRIPT = "drizzle-migrator.mjs";
    private static boolean installed;

    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private DrizzleNode() {
    }

    /** drizzle-orm's migrate() on the database and out folder. */
    static Result migrate(TestDatabase db, Path out) throws Exception {
        return node("migrate", postgresUrl(db.url()), out.toString());
    }

    /** drizzle-orm's readMigrationFiles(): each journal entry's folderMillis and hash. */
    static List<Map.Entry<Long, String>> read(Path out) throws Exception {
        Result r = node("read", out.toString());
        if (!r.ok()) {
            throw new AssertionError("readMigrationFiles failed: " + r.output());
        }
        List<Map.Entry<Long, String>> files = new ArrayList<>();
        for (JsonNode m : new ObjectMapper().readTree(r.output())) {
            files.add(Map.entry(m.get("folderMillis").asLong(), m.get("hash").asText()));
        }
        return files;
    }

    private static Result node(String... args) throws Exception {
        install();
        List<String> command = new ArrayList<>(List.of("node", HOME.resolve(SCRIPT).toString()));
        command.addAll(List.of(args));
        return run(HOME, command);
    }

    private static synchronized void install() throws Exception {
        if (installed) {
            return;
        }
        JsonNode pinned = new ObjectMapper().readTree(Path.of("src", "test", "interop", "package.json").toFile())
                .get("dependencies");
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put("drizzle-orm", pinned.get("drizzle-orm").asText());
        wanted.put("pg", pinned.get("pg").asText());
        Files.createDirectories(HOME);
        if (!wanted.entrySet().stream().allMatch(DrizzleNode::present)) {
            Map<String, Object> manifest = Map.of("name", "migrascope-drizzle-interop", "private", true,
                    "type", "module", "dependencies", wanted);
            Files.writeString(HOME.resolve("package.json"), new ObjectMapper().writeValueAsString(manifest));
            Result r = run(HOME, List.of("npm", "install", "--no-audit", "--no-fund", "--ignore-scripts"));
            if (!r.ok()) {
                throw new IllegalStateException("npm install of " + wanted + " failed:\n" + r.output());
            }
        }
        Files.copy(Path.of("src", "test", "resources", "drizzle", SCRIPT), HOME.resolve(SCRIPT),
                StandardCopyOption.REPLACE_EXISTING);
        installed = true;
    }

    private static boolean present(Map.Entry<String, String> pkg) {
        Path manifest = HOME.resolve("node_modules").resolve(pkg.getKey()).resolve("package.json");
        try {
            return Files.exists(manifest)
                    && new ObjectMapper().readTree(manifest.toFile()).get("version").asText().equals(pkg.getValue());
        } catch (IOException e) {
            return false;
        }
    }

    private static Result run(Path cwd, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " did not finish");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8).strip());
    }

    /** node-postgres wants postgres://user:password@host:port/db; the tests hold a JDBC URL. */
    static String postgresUrl(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        String user = query.getOrDefault("user", "postgres");
        String password = query.get("password");
        String credentials = enc(user) + (password == null ? "" : ":" + enc(password));
        return "postgres://" + credentials + "@" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort())
                + uri.getPath();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
