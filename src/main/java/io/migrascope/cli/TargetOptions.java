package io.migrascope.cli;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.Tools;
import io.migrascope.core.tool.TableColumns;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The options every command that reads a database and a folder shares. */
final class TargetOptions {
    @Option(names = "--url", paramLabel = "URL",
            description = "jdbc:postgresql://host:5432/db or postgres://user@host:5432/db (default: $DATABASE_URL).")
    String url;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The migrations folder.")
    Path dir;

    @Option(names = "--tool", defaultValue = Tools.AUTO, paramLabel = "TOOL",
            description = "auto, or one of: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
            completionCandidates = ToolIds.class)
    String tool;

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "The schema of the tracking table (default: the tool's own, e.g. public, drizzle,"
                    + " supabase_migrations).")
    String schema;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Read the password from this environment variable (else PGPASSWORD, else ~/.pgpass).")
    String passwordEnv;

    @Option(names = "--no-probe", negatable = false,
            description = "Do not ask pg_catalog which objects of each file exist (faster; no UNTRACKED/PARTIAL).")
    boolean noProbe;

    @Option(names = "--no-cache", negatable = false,
            description = "Read, hash and parse every file, even those unchanged (same size, times and inode) "
                    + "since the last run.")
    boolean noCache;

    Map<String, String> environment = System.getenv();

    /** The connection opened while the command line was parsed (see {@link EarlyConnection}), if it fits. */
    Optional<Connection> earlyConnection() {
        String effective = effectiveUrl();
        return effective == null ? Optional.empty() : EarlyConnection.take(effective, passwordEnv);
    }

    /** {@code --url}, else {@code DATABASE_URL}, else null. */
    private String effectiveUrl() {
        return url != null ? url : environment.get("DATABASE_URL");
    }

    Database database() {
        String effective = effectiveUrl();
        if (effective == null) {
            throw new IllegalArgumentException("no database given: pass --url, or set DATABASE_URL");
        }
        return new Database(ConnectionSpec.parse(effective), new PasswordSource(environment, passwordEnv));
    }

    Path folder() {
        return dir.toAbsolutePath().normalize();
    }

    /**
     * The tool named by {@code --tool}, or the one the folder and database fit best; the connection
     * is taken only when detection first asks about a tracking table.
     */
    MigrationTool migrationTool(Supplier<Connection> connection)
            throws IOException, SQLException, Tools.AmbiguousToolException {
        if (Tools.AUTO.equals(tool)) {
            return Tools.detect(folder(), (s, t) -> TableColumns.of(connection.get(), s, t));
        }
        return Tools.byId(tool).orElseThrow(() -> new IllegalArgumentException(
                "unknown --tool '" + tool + "'; known: auto, " + String.join(", ", Tools.ids())));
    }

    Audit audit(Supplier<Connection> connection) throws IOException, SQLException, Tools.AmbiguousToolException {
        MigrationTool t = migrationTool(connection);
        Audit audit = new Audit(t, folder(), schema != null ? schema : t.defaultSchema(), !noProbe);
        return noCache ? audit : audit.cached();
    }

    /** The choices {@code --tool} lists in its help. */
    static final class ToolIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Tools.ids().iterator();
        }
    }
}
