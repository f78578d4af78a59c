package io.migrascope.core.tool;

import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import java.util.List;

/** What a tool found in a migrations folder: the migration files, and every other file with the reason it was skipped. */
public record FileScan(List<MigrationFile> files, List<IgnoredFile> ignored) {
    public FileScan {
        files = List.copyOf(files);
        ignored = List.copyOf(ignored);
    }
}
