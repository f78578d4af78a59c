package io.migrascope.core.tool.nodepgmigrate;

import io.migrascope.core.tool.FolderListing;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.TableProbe;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Whether a folder and a database look like node-pg-migrate's, reading only a sample of files. */
final class NodePgMigrateDetector {
    private static final int SAMPLE_FILES = 50;
    private static final int SAMPLE_BYTES = 8192;
    private static final Pattern PREFIXED = Pattern.compile("\\d+_.+\\.(js|cjs|mjs|ts|sql)");
    private static final Pattern MODULE_MARK = Pattern.compile("node-pg-migrate|\\bpgm\\s*[.:)]|\\(\\s*pgm\\b");

    private NodePgMigrateDetector() {
    }

    static Detection detect(FolderListing given, TableProbe tables, String schema) throws IOException, SQLException {
        List<String> evidence = new ArrayList<>();
        int score = Detection.NONE;
        Map<String, String> columns = tables.columns(schema, NodePgMigrateTable.TABLE);
        if (columns.keySet().containsAll(List.of("id", "name", "run_on"))) {
            score += Detection.TABLE;
            evidence.add(schema + "." + NodePgMigrateTable.TABLE + " has node-pg-migrate's columns (id, name, run_on)");
        }
        FolderListing folder = given.at(NodePgMigrateFolder.resolve(given.folder()));
        int timestamped = 0;
        int marked = 0;
        int sampled = 0;
        for (String n : folder.names()) {
            if (n.endsWith(".up.sql") || n.endsWith(".down.sql") || !PREFIXED.matcher(n).matches()) {
                continue;
            }
            if (NodePgMigrateOrder.hasTimestampPrefix(n)) {
                timestamped++;
            }
            if (sampled < SAMPLE_FILES && folder.isRegularFile(n)) {
                sampled++;
                String head = folder.head(n, SAMPLE_BYTES);
                boolean sql = n.endsWith(".sql");
                if (sql ? NodePgMigrateSql.hasUpMarker(head) : MODULE_MARK.matcher(head).find()) {
                    marked++;
                }
            }
        }
        if (marked > 0) {
            score += Detection.MARKER;
            evidence.add(marked + " files written for node-pg-migrate (SQL with \"-- Up Migration\", or modules taking pgm)");
        } else if (timestamped > 0) {
            score += Detection.FILES;
            evidence.add(timestamped + " files named <13- or 17-digit timestamp>_<name>");
        }
        return new Detection(NodePgMigrateTool.ID, score, evidence);
    }

}
