package io.migrascope.core.tool.golangmigrate;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * golang-migrate's advisory lock id ({@code database/util.go GenerateAdvisoryLockId}): the CRC-32
 * (IEEE) of the database name and the additional names joined by NUL bytes, times a salt, in
 * uint32 arithmetic. The postgres and pgx drivers pass (database name, migrations schema, migrations
 * table), in that order.
 *
 * <p>The database name is the driver's {@code Config.DatabaseName}: {@code purl.Path} when the
 * driver is opened from a URL ({@code migrate} CLI, {@code migrate.New}), which keeps the leading
 * slash ({@code "/app"}); {@code current_database()} ({@code "app"}) only when a program builds the
 * driver with {@code WithInstance} and an empty config.
 */
public final class GolangMigrateLock {
    static final long SALT = 1486364155L;

    private GolangMigrateLock() {
    }

    /** The lock id as golang-migrate prints it: an unsigned 32-bit number. */
    public static long id(String databaseName, String schema, String table) {
        CRC32 crc = new CRC32();
        crc.update((databaseName + '\0' + schema + '\0' + table).getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() * SALT) & 0xFFFF_FFFFL;
    }

    /** The id the migrate CLI (and {@code migrate.New} with a URL) takes for database {@code database}. */
    public static long forUrl(String database, String schema, String table) {
        return id("/" + database, schema, table);
    }
}
