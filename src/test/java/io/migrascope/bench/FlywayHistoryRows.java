package io.migrascope.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * Makes {@code flyway_schema_history} say every file was migrated. Flyway creates the table
 * itself (a migrate of an empty folder), so its shape is Flyway's; only the rows are written here,
 * by COPY, and Flyway's own validate and info must then accept them.
 */
final class FlywayHistoryRows {
    private static final LocalDateTime FIRST_INSTALLED = LocalDateTime.parse("2024-01-01T00:00:00");

    private FlywayHistoryRows() {
    }

    static void populate(BenchDatabase db, Corpus corpus, Path emptyDir) throws Exception {
        Files.createDirectories(emptyDir);
        Flyway.configure().dataSource(db.url(), null, null).locations("filesystem:" + emptyDir).load().migrate();
        StringBuilder csv = new StringBuilder(corpus.size() * 160);
        for (GeneratedMigration m : corpus.migrations()) {
            csv.append(m.number()).append(',').append(m.flywayVersion()).append(',').append(m.flywayDescription())
                    .append(",SQL,").append(m.flywayFile()).append(',').append(checksum(m.sql())).append(',')
                    .append("postgres,").append(FIRST_INSTALLED.plusSeconds(60L * m.number())).append(',')
                    .append(5 + m.number() % 40).append(",true\n");
        }
        try (Connection c = db.connect()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY flyway_schema_history (installed_rank, version,"
                    + " description, type, script, checksum, installed_by, installed_on, execution_time, success)"
                    + " FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE flyway_schema_history");
            }
        }
    }

    /**
     * Fails unless the history holds exactly {@code size} versioned rows, all successful: the
     * check that a timed migrate did all its work.
     */
    static void requireAllSuccess(BenchDatabase db, int size, String who) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE success), count(*) FILTER (WHERE NOT success)"
                     + " FROM flyway_schema_history WHERE version IS NOT NULL")) {
            rs.next();
            if (rs.getLong(1) != size || rs.getLong(2) != 0) {
                throw new IllegalStateException(who + " left " + rs.getLong(1) + " successful and " + rs.getLong(2)
                        + " failed rows in flyway_schema_history, not " + size + " successful");
            }
        }
    }

    /**
     * Flyway's checksum, as org.flywaydb.core.internal.resolver.ChecksumCalculator (13.12) computes
     * it: CRC32 over each line's UTF-8 bytes without its terminator, a leading BOM dropped from
     * each line, stored as a signed int. Checked against rows Flyway itself wrote; a mistake here
     * would anyway fail the validate in {@link FlywayInfo}.
     */
    static int checksum(String text) throws IOException {
        CRC32 crc = new CRC32();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String withoutBom = line.startsWith("\uFEFF") ? line.substring(1) : line;
                crc.update(withoutBom.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }
}
