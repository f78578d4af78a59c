package io.migrascope.cli;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.Tools;
import io.migrascope.core.tool.nativeformat.NativeTool;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every command that reads a database and a folder shares. */
final class TargetOptions {
    @Option(names = "--url", paramLabel = "URL",
            description = "jdbc:postgresql://host:5432/db or postgres://user@host:5432/db (default: $DATABASE_URL).")
    String url;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The migrations folder.")
    Path dir;

    @Option(names = "--tool", defaultValue = "auto", paramLabel = "TOOL",
            description = "auto|native (the formats of other tools follow). Default: ${DEFAULT-VALUE}.")
    String tool;

    @Option(names = "--schema", defaultValue = "public", paramLabel = "SCHEMA",
            description = "The schema of the tracking table. Default: ${DEFAULT-VALUE}.")
    String schema;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Read the password from this environment variable (else PGPASSWORD, else ~/.pgpass).")
    String passwordEnv;

    Map<String, String> environment = System.getenv();

    Database database() {
        String effective = url != null ? url : environment.get("DATABASE_URL");
        if (effective == null) {
            throw new IllegalArgumentException("no database given: pass --url, or set DATABASE_URL");
        }
        return new Database(ConnectionSpec.parse(effective), new PasswordSource(environment, passwordEnv));
    }

    MigrationTool migrationTool() {
        String id = "auto".equals(tool) ? NativeTool.ID : tool;
        return Tools.byId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown --tool '" + tool + "'; known: auto, " + String.join(", ", Tools.ids())));
    }

    Audit audit() {
        return new Audit(migrationTool(), dir.toAbsolutePath().normalize(), schema);
    }
}
