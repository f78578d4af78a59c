package io.migrascope.core.audit.compare;

import io.migrascope.core.db.ConnectException;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.TableColumns;
import io.migrascope.core.tool.TableProbe;
import io.migrascope.core.tool.Tools;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The tool of a folder several databases share: the one named, else the one the folder and the first
 * reachable database (of the first three) fit. An unreachable database must not stop the comparison, so when none answers
 * the folder alone decides.
 */
public final class SharedTool {
    private SharedTool() {
    }

    public static MigrationTool choose(Path folder, String toolId, List<Environment> environments)
            throws IOException, SQLException, Tools.AmbiguousToolException {
        if (toolId != null && !Tools.AUTO.equals(toolId)) {
            return Tools.byId(toolId).orElseThrow(() -> new IllegalArgumentException("unknown tool '" + toolId
                    + "'; known: auto, " + String.join(", ", Tools.ids())));
        }
        // A few tries at most: hundreds of unreachable tenants would otherwise cost a connect timeout each.
        for (Environment env : environments.subList(0, Math.min(3, environments.size()))) {
            try (Connection c = env.database().open()) {
                return Tools.detect(folder, (schema, table) -> TableColumns.of(c, schema, table));
            } catch (ConnectException unreachable) {
                // Try the next one; the comparison reports this one as unreachable anyway.
            }
        }
        return Tools.detect(folder, TableProbe.NO_DATABASE);
    }
}
