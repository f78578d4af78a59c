package io.migrascope.core.tool.knex;

import io.migrascope.core.tool.FolderListing;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.TableProbe;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a folder and a database look like Knex's. Timestamped JavaScript alone also fits
 * node-pg-migrate, so files count as a marker only beside a knexfile or Knex's tables, and a file
 * must mention {@code knex} (the stub's {@code up(knex)}) and not node-pg-migrate's {@code pgm}.
 */
final class KnexDetector {
    private static final int SAMPLE_FILES = 50;
    private static final int SAMPLE_BYTES = 8192;
    private static final Pattern KNEX_WORD = Pattern.compile("\\bknex\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PGM = Pattern.compile("node-pg-migrate|\\bpgm\\b");

    private KnexDetector() {
    }

    static Detection detect(FolderListing given, TableProbe tables, String schema) throws IOException, SQLException {
        List<String> evidence = new ArrayList<>();
        Map<String, String> columns = tables.columns(schema, KnexTable.TABLE);
        boolean table = columns.keySet().containsAll(List.of("name", "batch", "migration_time"));
        if (table) {
            evidence.add(schema + "." + KnexTable.TABLE + " has Knex's columns (name, batch, migration_time)");
        }
        FolderListing folder = given.at(KnexFolder.resolve(given.folder()));
        Optional<Path> knexfile = KnexFolder.knexfileNear(folder.folder());
        knexfile.ifPresent(k -> evidence.add("a knexfile: " + k));
        int knexFiles = countKnexFiles(folder);
        if (knexFiles > 0) {
            evidence.add(knexFiles + " timestamped migrations written for Knex (up(knex) / down(knex))");
        }
        int score = Detection.NONE;
        if (knexfile.isPresent() || table && knexFiles > 0) {
            score += Detection.MARKER;
        } else if (knexFiles > 0) {
            score += Detection.FILES;
        }
        if (table) {
            score += Detection.TABLE;
        }
        return new Detection(KnexTool.ID, score, evidence);
    }

    private static int countKnexFiles(FolderListing folder) {
        int count = 0;
        int sampled = 0;
        for (String n : folder.names()) {
            if (sampled >= SAMPLE_FILES) {
                break;
            }
            if (KnexFolder.language(n) == null || !KnexFolder.isTimestamped(n) || !folder.isRegularFile(n)) {
                continue;
            }
            sampled++;
            String head = folder.head(n, SAMPLE_BYTES);
            if (KNEX_WORD.matcher(head).find() && !PGM.matcher(head).find()) {
                count++;
            }
        }
        return count;
    }
}
