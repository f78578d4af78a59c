package io.migrascope.core.tool;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.TrackedRow;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One migration tool's conventions: how it names files, what it stores in its tracking table and
 * how it checksums. Each tool lives in its own package under {@code core.tool}.
 */
public interface MigrationTool {

    /** The id used by {@code --tool}. */
    String id();

    /** Reads the folder as this tool would; files it would not run are listed as ignored. */
    FileScan scan(Path folder) throws IOException;

    /** Reads the tracking table in {@code schema}; an absent table is not an error. */
    TrackingRead readTracking(Connection connection, String schema) throws SQLException, TrackingTableException;

    /** Compares a file with what its tracking row stored, by this tool's checksum rules. */
    ChecksumMatch compare(MigrationFile file, TrackedRow row);

    /** The writer for the tracking table in {@code schema}. */
    TrackingWriter writer(String schema);
}
