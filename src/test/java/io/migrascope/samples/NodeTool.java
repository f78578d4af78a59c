package io.migrascope.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrascope.core.tool.nodepgmigrate.NpmTools;
import io.migrascope.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The npm tools pinned in {@code src/test/interop/package.json} (dbmate, drizzle-orm, knex,
 * node-pg-migrate), through the interop suite's {@link NpmTools}: each runs in a sample's copy with
 * {@code DATABASE_URL} pointing at the test database, as the samples' READMEs say to run them.
 */
final class NodeTool {
    private static final String DRIZZLE_SCRIPT = "drizzle-migrator.mjs";

    private NodeTool() {
    }

    static NpmTools.Run run(TestDatabase db, Path cwd, String tool, String... args) {
        // dbmate's Go driver (lib/pq) asks for TLS unless told otherwise; the test server has none.
        String url = NpmTools.postgresUrl(db) + (tool.equals("dbmate") ? "?sslmode=disable" : "");
        return NpmTools.run(cwd, Map.of("DATABASE_URL", url), tool, args);
    }

    /** Runs and fails the test unless the tool exits 0. */
    static NpmTools.Run succeed(TestDatabase db, Path cwd, String tool, String... args) {
        NpmTools.Run run = run(db, cwd, tool, args);
        assertEquals(0, run.exitCode(), tool + " failed:\n" + run);
        return run;
    }

    /**
     * drizzle-orm's own {@code migrate()} ({@code drizzle-orm/node-postgres/migrator}) on an out
     * folder, through the script the Drizzle interop tests use, placed beside the installed
     * node_modules so that its imports resolve there.
     */
    static NpmTools.Run drizzleMigrate(TestDatabase db, Path out) {
        Path home = NpmTools.bin("knex").getParent().getParent().getParent();
        Path script = home.resolve(DRIZZLE_SCRIPT);
        try {
            Files.copy(Path.of("src", "test", "resources", "drizzle", DRIZZLE_SCRIPT), script,
                    StandardCopyOption.REPLACE_EXISTING);
            Path log = Files.createTempFile("drizzle", ".log");
            Process p = new ProcessBuilder("node", script.toString(), "migrate", NpmTools.postgresUrl(db), out.toString())
                    .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("drizzle's migrate did not finish in 180 s");
            }
            NpmTools.Run run = new NpmTools.Run(p.exitValue(), Files.readString(log), "");
            Files.delete(log);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
