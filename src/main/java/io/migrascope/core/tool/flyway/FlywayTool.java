package io.migrascope.core.tool.flyway;

import io.migrascope.core.tool.FolderListing;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.ChecksumMatch;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.ExecutableSql;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.TableProbe;
import io.migrascope.core.tool.TrackingRead;
import io.migrascope.core.tool.TrackingTableException;
import io.migrascope.core.tool.TrackingWriter;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flyway (13.12, the OSS edition, default settings): {@code V<version>__<description>.sql} and
 * {@code R__<description>.sql} anywhere under the location, tracked in
 * {@code flyway_schema_history} with a CRC32 per file, guarded by an advisory lock on a key derived
 * from the table name. Every rule here was checked against the real Flyway (see the tests).
 */
public final class FlywayTool implements MigrationTool {
    public static final String ID = "flyway";

    /** The last tracking read and its highest applied version, so out-of-order checks stay linear. */
    private TrackingRead highestFor;
    private Version highest;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Flyway";
    }

    /** Files in Flyway's naming, or its history table; both together are Flyway beyond doubt. */
    @Override
    public Detection detect(FolderListing folder, TableProbe tables) throws IOException, SQLException {
        List<String> evidence = new ArrayList<>();
        int files = FlywayFolder.migrationCount(folder);
        if (files > 0) {
            evidence.add(files + " files named V<version>__<description>.sql or R__<description>.sql");
        }
        Map<String, String> columns = tables.columns(defaultSchema(), FlywayHistoryTable.TABLE);
        boolean table = columns.keySet().containsAll(FlywayHistoryTable.COLUMNS);
        if (table) {
            evidence.add(defaultSchema() + "." + FlywayHistoryTable.TABLE + " has Flyway's columns");
        }
        int score = files > 0 && table ? Detection.MARKER : table ? Detection.TABLE : files > 0 ? Detection.FILES
                : Detection.NONE;
        return new Detection(ID, score, evidence);
    }

    @Override
    public FileScan scan(Path folder) throws IOException {
        return FlywayFolder.scan(folder);
    }

    @Override
    public TrackingRead readTracking(Connection connection, String schema) throws SQLException, TrackingTableException {
        return FlywayHistoryTable.read(connection, schema);
    }

    @Override
    public TrackingRead interpret(TrackingRead raw, FileScan scan) {
        return FlywayHistory.interpret(raw, scan);
    }

    /**
     * Equal CRC32 is SAME: Flyway's checksum ignores line endings, blank lines and a BOM, so those
     * edits never get here. A different one is COSMETIC only when {@link FlywayCosmeticEdit} proves
     * the file is the applied text plus trailing whitespace; otherwise CHANGED, which is Flyway's
     * "Migration checksum mismatch".
     */
    @Override
    public ChecksumMatch compare(MigrationFile file, TrackedRow row) {
        if (row.checksum() == null) {
            return ChecksumMatch.NOT_STORED;
        }
        if (row.checksum().equals(file.checksum())) {
            return ChecksumMatch.SAME;
        }
        return FlywayCosmeticEdit.proves(file.path(), Integer.parseInt(row.checksum()))
                ? ChecksumMatch.COSMETIC : ChecksumMatch.CHANGED;
    }

    /**
     * Flyway's default ({@code outOfOrder=false}): a version below the highest applied one is
     * "ignored" — migrate never runs it and validate fails. Repeatables are never out of order, and
     * rows cancelled by a DELETE marker do not count (checked against the real tool).
     */
    @Override
    public Optional<String> outOfOrderReason(MigrationFile file, Version highestApplied, TrackingRead tracking) {
        if (FlywayFileName.isRepeatable(file.version())) {
            return Optional.empty();
        }
        Version top = highestVersioned(tracking);
        if (top != null && file.version().compareTo(top) < 0) {
            return Optional.of("not applied, but version " + top + " is: Flyway (outOfOrder=false, its default)"
                    + " never runs it, and its validate fails with \"Detected resolved migration not applied to"
                    + " database: " + file.version() + "\". Run it with outOfOrder=true, or renumber it");
        }
        return Optional.empty();
    }

    private synchronized Version highestVersioned(TrackingRead tracking) {
        if (tracking != highestFor) {
            highest = tracking.rows().stream()
                    .filter(r -> r.outcome() == TrackedRow.Outcome.SUCCESS || r.outcome() == TrackedRow.Outcome.BASELINE)
                    .filter(FlywayHistoryTable::isStored)
                    .map(TrackedRow::version)
                    .filter(v -> !FlywayFileName.isRepeatable(v))
                    .max(Version::compareTo).orElse(null);
            highestFor = tracking;
        }
        return highest;
    }

    /**
     * Flyway runs the file as written, except that it refuses what Migrascope would otherwise run
     * differently: placeholders (Flyway replaces {@code ${name}} before running; Migrascope cannot
     * know the values), and a file mixing statements that need a transaction with ones that cannot
     * run in one. A {@code <file>.conf} beside it saying {@code executeInTransaction=false} makes
     * Flyway run the file outside a transaction, and so does Migrascope.
     */
    @Override
    public ExecutableSql executableSql(MigrationFile file, String text) {
        return FlywayScript.executable(file, text);
    }

    /** {@code V<new version>__<same description>.sql} beside the file; repeatables have no version to change. */
    @Override
    public Optional<String> renamedFile(MigrationFile file, Version version) {
        if (FlywayFileName.isRepeatable(file.version())) {
            return Optional.empty();
        }
        String name = file.path().getFileName().toString();
        return Optional.of("V" + version.text() + name.substring(1 + file.version().text().length()));
    }

    /**
     * The last part of the highest version plus one, as wide as it was ({@code 1.9} → {@code 1.10},
     * {@code 005} → {@code 006}). Empty when the highest is not a number: with repeatables in the
     * folder that is one of their names, and the highest version is not known here.
     */
    @Override
    public Optional<Version> nextVersion(Version highest, MigrationFile like) {
        if (!highest.isNumeric() || !highest.text().matches("[0-9]+(\\.[0-9]+)*")) {
            return Optional.empty();
        }
        int dot = highest.text().lastIndexOf('.');
        String last = highest.text().substring(dot + 1);
        String next = new BigInteger(last).add(BigInteger.ONE).toString();
        if (next.length() < last.length()) {
            next = "0".repeat(last.length() - next.length()) + next;
        }
        return Optional.of(FlywayFileName.versioned(highest.text().substring(0, dot + 1) + next));
    }

    @Override
    public TrackingWriter writer(String schema, String database) {
        return new FlywayHistoryWriter(schema);
    }

    /** A changed repeatable is re-run by Flyway on purpose; its objects existing is expected, not drift. */
    @Override
    public boolean untrackedMeansAppliedByHand(MigrationFile file) {
        return !file.version().text().startsWith("R__");
    }
}
