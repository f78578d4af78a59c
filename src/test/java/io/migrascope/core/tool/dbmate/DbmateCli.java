package io.migrascope.core.tool.dbmate;

import io.migrascope.testing.NodeTools;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The real dbmate, pinned in {@code src/test/interop/package.json} (2.28.0; its npm package ships the
 * Go binary for this platform as {@code @dbmate/linux-x64}), installed into {@code target/interop-dbmate}.
 * It runs dbmate the way its docs do:
 * {@code DATABASE_URL=postgres://...?sslmode=disable dbmate --migrations-dir DIR --no-dump-schema CMD}.
 */
final class DbmateCli {
    private static final Path HOME = NodeTools.home("dbmate");
    private static final String BIN = "node_modules/.bin/dbmate";
    private static boolean installed;

    private final TestDatabase db;
    private final Path migrations;

    DbmateCli(TestDatabase db, Path migrations) {
        this.db = db;
        this.migrations = migrations;
    }

    /** One dbmate command; both streams as printed. */
    NodeTools.Run run(String command) {
        return NodeTools.exec(migrations, Map.of("DATABASE_URL", url(db)), 120, true, List.of(bin().toString(),
                "--migrations-dir", migrations.toString(), "--no-dump-schema", command));
    }

    private static synchronized Path bin() {
        NodeTools.assumeNode("installing dbmate from npm");
        if (!installed) {
            NodeTools.copyPinned(HOME);
            NodeTools.npmInstall(HOME, List.of(BIN));
            installed = true;
        }
        return HOME.resolve(BIN);
    }

    /** The test database as a {@code postgres://} URL, as dbmate's DATABASE_URL takes it (lib/pq asks for TLS otherwise). */
    static String url(TestDatabase db) {
        return NodeTools.postgresUrl(db) + "?sslmode=disable";
    }
}
