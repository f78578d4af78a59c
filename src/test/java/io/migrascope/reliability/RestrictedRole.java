package io.migrascope.reliability;

import io.migrascope.testing.TestDatabase;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/** A login role of the test server with only the rights a test grants it, dropped afterwards. */
final class RestrictedRole implements AutoCloseable {
    private final TestDatabase db;
    private final String name;

    private RestrictedRole(TestDatabase db, String name) {
        this.db = db;
        this.name = name;
    }

    static RestrictedRole create(TestDatabase db) throws SQLException {
        String name = "ms_role_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        db.execute("CREATE ROLE " + name + " LOGIN");
        return new RestrictedRole(db, name);
    }

    String name() {
        return name;
    }

    /** Runs {@code sql} as the administrator, with {@code %s} standing for this role. */
    RestrictedRole grant(String sql) throws SQLException {
        db.execute(String.format(sql, name));
        return this;
    }

    /** The test database's URL, logging in as this role. */
    String url() {
        return db.url().replaceFirst("user=[^&]*", "user=" + name);
    }

    @Override
    public void close() throws SQLException {
        db.execute("DROP OWNED BY " + name + " CASCADE");
        db.execute("DROP ROLE " + name);
    }
}
