package io.migrascope.core.tool.drizzle;

import io.migrascope.core.model.MigrationFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The journal {@code when} of each scanned file. A file record carries no {@code when}, but the
 * out-of-order rule and every row written need it: the scan leaves it here, and a file scanned
 * elsewhere has its journal read again. Keyed by path and version, since two journal entries may
 * name one file.
 */
final class DrizzleJournals {
    private final Map<String, Long> whenByFile = new ConcurrentHashMap<>();

    void remember(Path sqlFile, DrizzleJournal.Entry entry) {
        if (entry.when() != null) {
            whenByFile.put(key(sqlFile, entry.version().text()), entry.when());
        }
    }

    /** The journal {@code when} of the entry this file is; empty when the entry has none. */
    OptionalLong whenOf(MigrationFile file) {
        String key = key(file.path(), file.version().text());
        Long when = whenByFile.get(key);
        if (when == null && !whenByFile.containsKey(key)) {
            readAgain(file);
            when = whenByFile.get(key);
        }
        return when == null ? OptionalLong.empty() : OptionalLong.of(when);
    }

    private void readAgain(MigrationFile file) {
        Path sql = file.path().toAbsolutePath().normalize();
        String relative = file.file();
        Path out = sql;
        for (int i = 0; i < Path.of(relative).getNameCount() && out != null; i++) {
            out = out.getParent();
        }
        if (out == null) {
            return;
        }
        try {
            for (DrizzleJournal.Entry e : DrizzleJournal.read(out).entries()) {
                if (e.tag() != null) {
                    remember(out.resolve(e.file()), e);
                }
            }
        } catch (IOException e) {
            // The scan reported the journal already; without it there is no when to tell.
        }
    }

    private static String key(Path sqlFile, String version) {
        return sqlFile.toAbsolutePath().normalize() + "#" + version;
    }
}
