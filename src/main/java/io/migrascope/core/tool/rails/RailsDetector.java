package io.migrascope.core.tool.rails;

import io.migrascope.core.tool.FolderListing;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.TableProbe;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a folder and a database look like a Rails application's. {@code schema_migrations(version)}
 * is also dbmate's table, so the table alone is only a weak sign, {@code ar_internal_metadata} beside
 * it a stronger one, and a folder of SQL files is never claimed: those are dbmate's.
 */
final class RailsDetector {
    private RailsDetector() {
    }

    static Detection detect(FolderListing given, TableProbe tables, String schema) throws IOException, SQLException {
        List<String> evidence = new ArrayList<>();
        FolderListing folder = given.at(RailsFolder.resolve(given.folder()));
        int rubyFiles = 0;
        int sqlFiles = 0;
        for (String n : folder.names()) {
            if (n.endsWith(".sql")) {
                sqlFiles++;
            } else if (RailsFolder.FILENAME.matcher(n).matches()) {
                rubyFiles++;
            }
        }
        if (rubyFiles == 0 && sqlFiles > 0) {
            return new Detection(RailsTool.ID, Detection.NONE, List.of());
        }
        int score = Detection.NONE;
        if (rubyFiles > 0) {
            score += Detection.MARKER;
            evidence.add(rubyFiles + " Rails migrations (<version>_<name>.rb)");
        }
        Map<String, String> columns = tables.columns(schema, RailsTable.TABLE);
        if (columns.keySet().equals(java.util.Set.of("version"))) {
            score += Detection.TABLE;
            evidence.add(schema + "." + RailsTable.TABLE + " has the one column version");
            Map<String, String> metadata = tables.columns(schema, RailsTable.METADATA_TABLE);
            if (metadata.keySet().containsAll(List.of("key", "value"))) {
                score += Detection.TABLE / 2;
                evidence.add(schema + "." + RailsTable.METADATA_TABLE + " exists beside it (only ActiveRecord writes it)");
            }
        }
        return new Detection(RailsTool.ID, score, evidence);
    }
}
