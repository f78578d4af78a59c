package io.migrascope.core.tool.drizzle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migrascope.testing.NodeTools;
import io.migrascope.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real drizzle-orm, from npm, at the versions pinned in {@code src/test/interop/package.json}:
 * installed once into {@code target/interop-drizzle} and driven through
 * {@code src/test/resources/drizzle/drizzle-migrator.mjs} (an ES module, so it gets its own
 * package.json with {@code "type": "module"}). Public for the seed walks and the samples.
 */
public final class DrizzleNode {
    private static final Path HOME = NodeTools.home("drizzle");
    private static final String SCRIPT = "drizzle-migrator.mjs";
    private static boolean installed;

    private DrizzleNode() {
    }

    /** drizzle-orm's migrate() on the database and out folder. */
    public static NodeTools.Run migrate(TestDatabase db, Path out) throws Exception {
        return node("migrate", NodeTools.postgresUrl(db), out.toString());
    }

    /** drizzle-orm's readMigrationFiles(): each journal entry's folderMillis and hash. */
    static List<Map.Entry<Long, String>> read(Path out) throws Exception {
        NodeTools.Run r = node("read", out.toString());
        if (!r.ok()) {
            throw new AssertionError("readMigrationFiles failed: " + r.output());
        }
        List<Map.Entry<Long, String>> files = new ArrayList<>();
        for (JsonNode m : new ObjectMapper().readTree(r.output())) {
            files.add(Map.entry(m.get("folderMillis").asLong(), m.get("hash").asText()));
        }
        return files;
    }

    /** The script's run, its output stripped (read prints JSON, migrate a line or the error). */
    private static NodeTools.Run node(String... args) throws Exception {
        install();
        List<String> command = new ArrayList<>(List.of("node", HOME.resolve(SCRIPT).toString()));
        command.addAll(List.of(args));
        NodeTools.Run run = NodeTools.exec(HOME, Map.of(), 300, true, command);
        return new NodeTools.Run(run.exitCode(), run.out().strip(), "");
    }

    private static synchronized void install() throws Exception {
        if (installed) {
            return;
        }
        NodeTools.assumeNode("installing drizzle-orm from npm");
        JsonNode pinned = new ObjectMapper().readTree(NodeTools.PINNED.resolve("package.json").toFile())
                .get("dependencies");
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put("drizzle-orm", pinned.get("drizzle-orm").asText());
        wanted.put("pg", pinned.get("pg").asText());
        Files.createDirectories(HOME);
        if (!wanted.entrySet().stream().allMatch(DrizzleNode::present)) {
            Map<String, Object> manifest = Map.of("name", "migrascope-drizzle-interop", "private", true,
                    "type", "module", "dependencies", wanted);
            Files.writeString(HOME.resolve("package.json"), new ObjectMapper().writeValueAsString(manifest));
            NodeTools.npmInstall(HOME, List.of(), "--ignore-scripts");
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
}
