package io.migrascope.core.tool.prisma;

import io.migrascope.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * What Prisma's schema engine writes, statement by statement, transcribed from its source because
 * the engine itself cannot run here: it is a native binary that the prisma npm package downloads
 * from binaries.prisma.sh at install or first use, a host this machine cannot reach (checked with
 * prisma 7.10.1: "request to https://binaries.prisma.sh/... failed, reason: getaddrinfo ENOTFOUND").
 * Sources: prisma/prisma-engines {@code flavour/postgres.rs} (create_migrations_table),
 * {@code sql_migration_persistence.rs} (every INSERT and UPDATE), {@code apply_migrations.rs},
 * {@code mark_migration_applied.rs}, {@code mark_migration_rolled_back.rs}, {@code checksum.rs}.
 * Times come from the client clock as in the engine; each call advances a fake clock by a second so
 * started_at orders the rows the way they happened.
 */
public final class PrismaEngineRows {
    /** create_migrations_table, verbatim; the engine runs it unqualified in the URL's schema. */
    static final String CREATE_TABLE = """
            CREATE TABLE _prisma_migrations (
                id                      VARCHAR(36) PRIMARY KEY NOT NULL,
                checksum                VARCHAR(64) NOT NULL,
                finished_at             TIMESTAMPTZ,
                migration_name          VARCHAR(255) NOT NULL,
                logs                    TEXT,
                rolled_back_at          TIMESTAMPTZ,
                started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
                applied_steps_count     INTEGER NOT NULL DEFAULT 0
            );
            """;
    private final TestDatabase db;
    private Instant clock = Instant.parse("2025-02-03T18:02:00Z");

    /** Creates the table first, as the first deploy does. */
    public PrismaEngineRows(TestDatabase db) throws SQLException {
        this(db, true);
    }

    private PrismaEngineRows(TestDatabase db, boolean create) throws SQLException {
        this.db = db;
        if (create) {
            db.execute(CREATE_TABLE);
        }
    }

    /** For a database whose table exists already. */
    static PrismaEngineRows existing(TestDatabase db) throws SQLException {
        return new PrismaEngineRows(db, false);
    }

    /** render_checksum: SHA-256 of the script string, two hex digits per byte. */
    public static String checksum(String script) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
    }

    /** apply_migrations.rs on success: record_migration_started, record_successful_step, record_migration_finished. */
    public String deployed(String name, String script) throws Exception {
        String id = started(name, checksum(script));
        update("UPDATE \"_prisma_migrations\" SET \"applied_steps_count\" = (\"applied_steps_count\" + ?) WHERE \"id\" = ?", 1, id);
        update("UPDATE \"_prisma_migrations\" SET \"finished_at\" = ? WHERE \"id\" = ?", tick(), id);
        return id;
    }

    /** apply_migrations.rs on error: record_migration_started, then record_failed_step stores the logs. */
    public String failed(String name, String script, String logs) throws Exception {
        String id = started(name, checksum(script));
        update("UPDATE \"_prisma_migrations\" SET \"logs\" = ? WHERE \"id\" = ?", logs, id);
        return id;
    }

    /** mark_migration_applied.rs: failed rows rolled back by id, then mark_migration_applied_impl. */
    void resolveApplied(String name, String script) throws Exception {
        for (String id : failedIds(name)) {
            update("UPDATE \"_prisma_migrations\" SET \"rolled_back_at\" = ? WHERE \"id\" = ?", tick(), id);
        }
        OffsetDateTime now = tick();
        update("INSERT INTO \"_prisma_migrations\" (\"id\",\"checksum\",\"logs\",\"started_at\",\"finished_at\",\"migration_name\")"
                + " VALUES (?,?,?,?,?,?)", UUID.randomUUID().toString(), checksum(script), "", now, now, name);
    }

    /** mark_migration_rolled_back.rs: mark_migration_rolled_back_by_id for each failed row. */
    void resolveRolledBack(String name) throws Exception {
        for (String id : failedIds(name)) {
            update("UPDATE \"_prisma_migrations\" SET \"rolled_back_at\" = ? WHERE \"id\" = ?", tick(), id);
        }
    }

    /** A row as an engine before prisma-engines #1887 wrote it: each byte as {:x}, without zero-padding. */
    void deployedWithLegacyChecksum(String name, String script) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
        StringBuilder legacy = new StringBuilder();
        for (byte b : digest) {
            legacy.append(Integer.toHexString(b & 0xFF));
        }
        String id = started(name, legacy.toString());
        update("UPDATE \"_prisma_migrations\" SET \"applied_steps_count\" = (\"applied_steps_count\" + ?) WHERE \"id\" = ?", 1, id);
        update("UPDATE \"_prisma_migrations\" SET \"finished_at\" = ? WHERE \"id\" = ?", tick(), id);
    }

    private String started(String name, String checksum) throws SQLException {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO \"_prisma_migrations\" (\"id\",\"checksum\",\"started_at\",\"migration_name\") VALUES (?,?,?,?)",
                id, checksum, tick(), name);
        return id;
    }

    private List<String> failedIds(String name) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (String id : db.column("SELECT id FROM _prisma_migrations WHERE migration_name = '" + name.replace("'", "''")
                + "' AND finished_at IS NULL AND rolled_back_at IS NULL ORDER BY started_at")) {
            ids.add(id);
        }
        return ids;
    }

    private OffsetDateTime tick() {
        clock = clock.plusSeconds(1);
        return clock.atOffset(ZoneOffset.UTC);
    }

    private void update(String sql, Object... params) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
