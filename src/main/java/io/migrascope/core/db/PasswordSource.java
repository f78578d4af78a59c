package io.migrascope.core.db;

import java.util.Map;
import java.util.Optional;

/**
 * Where a password comes from when the URL has none: an environment variable named by the
 * user, then {@code PGPASSWORD}, then {@code ~/.pgpass} (read the way libpq reads it). Passwords
 * are never written anywhere by Migrascope.
 */
public final class PasswordSource {
    private final Map<String, String> environment;
    private final String passwordEnv;

    /**
     * @param environment the process environment (a map, so tests can give their own)
     * @param passwordEnv the name of a variable holding the password, or null
     */
    public PasswordSource(Map<String, String> environment, String passwordEnv) {
        this.environment = environment;
        this.passwordEnv = passwordEnv;
    }

    public Optional<String> passwordFor(ConnectionSpec spec) {
        if (passwordEnv != null) {
            String value = environment.get(passwordEnv);
            if (value == null) {
                throw new IllegalArgumentException("the environment variable " + passwordEnv
                        + " named by --password-env is not set");
            }
            return Optional.of(value);
        }
        String pg = environment.get("PGPASSWORD");
        if (pg != null && !pg.isEmpty()) {
            return Optional.of(pg);
        }
        return Optional.ofNullable(org.postgresql.jdbcurlresolver.PgPassParser.getPassword(
                spec.host(), Integer.toString(spec.port()), spec.database(), spec.user()));
    }
}
