package io.migrascope.bench;

import io.migrascope.core.tool.Checksums;
import io.migrascope.core.tool.nativeformat.NativeTrackingTable;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.postgresql.PGConnection;

/**
 * Fills {@code schema_migrations} as a completed {@code apply} would have, by COPY: applying
 * 100,000 files just to set up a read benchmark would take longer than everything else together.
 */
final class NativeTrackingRows {
    private static final Instant FIRST_APPLIED = Instant.parse("2024-01-01T00:00:00Z");

    private NativeTrackingRows() {
    }

    static void populate(BenchDatabase db, Corpus corpus) throws Exception {
        NativeTrackingTable table = new NativeTrackingTable("public");
        try (Connection c = db.connect()) {
            try (Statement st = c.createStatement()) {
                for (String sql : table.createSql()) {
                    st.execute(sql);
                }
            }
            StringBuilder csv = new StringBuilder(corpus.size() * 220);
            for (GeneratedMigration m : corpus.migrations()) {
                // Applied in version order, a minute apart: nothing may look out of order.
                csv.append(m.version()).append(',').append(m.name()).append(',')
                        .append(Checksums.sha256(m.bytes())).append(',')
                        .append(Checksums.normalizedSha256(m.sql())).append(',')
                        .append(FIRST_APPLIED.plusSeconds(60L * m.number())).append(',')
                        .append(5 + m.number() % 40).append(",true,").append(m.statements()).append('\n');
            }
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table.qualifiedName()
                    + " (version, name, checksum, normalized_checksum, applied_at, execution_time_ms, success,"
                    + " statements_run) FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE " + table.qualifiedName());
            }
        }
    }
}
