package io.migrascope.core.tool.nodepgmigrate;

import io.migrascope.testing.NodeTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real npm tools pinned in {@code src/test/interop/package.json} (knex, node-pg-migrate, dbmate,
 * drizzle-orm) for interop tests, installed with its lock into {@code target/interop-node-tools}.
 * Tests skip themselves when node or npm is absent.
 */
public final class NpmTools {
    private static final Path HOME = NodeTools.home("node-tools");
    private static boolean installed;

    private NpmTools() {
    }

    /** Path of an installed tool's executable, e.g. {@code bin("knex")}. */
    public static synchronized Path bin(String tool) {
        NodeTools.assumeNode("the interop tests");
        if (!installed) {
            NodeTools.copyPinned(HOME);
            NodeTools.npmInstall(HOME, List.of("node_modules/.bin/knex", "node_modules/.bin/node-pg-migrate"));
            installed = true;
        }
        return HOME.resolve("node_modules").resolve(".bin").resolve(tool);
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

    /** Runs an installed tool in {@code cwd}, stdout and stderr kept apart. */
    public static NodeTools.Run run(Path cwd, Map<String, String> env, String tool, String... args) {
        List<String> command = new ArrayList<>();
        command.add(bin(tool).toString());
        command.addAll(List.of(args));
        return NodeTools.exec(cwd, env, 180, false, command);
    }
}
