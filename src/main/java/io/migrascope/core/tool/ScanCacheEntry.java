package io.migrascope.core.tool;

import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.sql.extract.Extraction;
import java.util.List;

/** What one read of one file produced, and the identity of the file it was read from. */
record ScanCacheEntry(ScanCache.FileIdentity identity, long size, String checksum, String normalizedChecksum,
                      List<FileProblem> problems, Extraction extraction) {

    ScanCacheEntry {
        problems = List.copyOf(problems);
    }

    ScanCacheEntry withExtraction(Extraction parsed) {
        return new ScanCacheEntry(identity, size, checksum, normalizedChecksum, problems, parsed);
    }

    /** The file as this candidate's scan would have read it. */
    MigrationFile file(FileCandidate c) {
        return new MigrationFile(c.version(), c.name(), c.file(), c.path(), size, checksum, normalizedChecksum,
                problems);
    }
}
