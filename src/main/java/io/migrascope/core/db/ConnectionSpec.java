package io.migrascope.core.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Where to connect, from a JDBC URL or a {@code postgres://} URL (the {@code DATABASE_URL} form the
 * seeds use). The password, when the URL carries one, is kept only in {@link #properties()};
 * {@link #label()} and {@link #toString()} never show it.
 */
public final class ConnectionSpec {
    private final String jdbcUrl;
    private final Properties properties;
    private final String host;
    private final int port;
    private final String database;

    private ConnectionSpec(String jdbcUrl, Properties properties) {
        // The driver logs the URL it connects with (at FINE): a password in it would end up in a log.
        this.jdbcUrl = withoutPassword(jdbcUrl);
        this.properties = properties;
        Properties parsed = org.postgresql.Driver.parseURL(jdbcUrl, properties);
        if (parsed == null) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + redact(jdbcUrl));
        }
        this.host = parsed.getProperty("PGHOST", "localhost").split(",")[0];
        this.port = Integer.parseInt(parsed.getProperty("PGPORT", "5432").split(",")[0]);
        this.database = parsed.getProperty("PGDBNAME", "");
        for (String key : new String[] {"user", "password", "sslmode", "sslrootcert", "currentSchema"}) {
            if (parsed.getProperty(key) != null && !properties.containsKey(key)) {
                properties.setProperty(key, parsed.getProperty(key));
            }
        }
    }

    /**
     * Parses {@code jdbc:postgresql://...}, {@code postgres://...} or {@code postgresql://...}.
     *
     * @throws IllegalArgumentException with a message naming what is wrong (never the password)
     */
    public static ConnectionSpec parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no database URL given; pass --url jdbc:postgresql://host:5432/db"
                    + " or --url postgres://user@host:5432/db");
        }
        String trimmed = url.strip();
        if (trimmed.startsWith("jdbc:postgresql:")) {
            return new ConnectionSpec(trimmed, new Properties());
        }
        if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
            return fromLibpqUrl(trimmed);
        }
        throw new IllegalArgumentException("unsupported database URL " + redact(trimmed)
                + ": use jdbc:postgresql://host:port/db or postgres://user@host:port/db");
    }

    private static ConnectionSpec fromLibpqUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot read the database URL " + redact(url) + ": " + e.getReason()
                    + " (percent-encode special characters in the user name and password)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("the database URL " + redact(url) + " names no host");
        }
        Properties props = new Properties();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            props.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                props.setProperty("password", decode(userInfo.substring(colon + 1)));
            }
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
        if (uri.getPort() > 0) {
            jdbc.append(':').append(uri.getPort());
        }
        jdbc.append('/').append(path);
        if (uri.getRawQuery() != null) {
            jdbc.append('?').append(uri.getRawQuery());
        }
        return new ConnectionSpec(jdbc.toString(), props);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The URL without its {@code password} parameter (which {@link #properties()} keeps). */
    private static String withoutPassword(String jdbcUrl) {
        int q = jdbcUrl.indexOf('?');
        if (q < 0) {
            return jdbcUrl;
        }
        List<String> kept = new ArrayList<>();
        for (String param : jdbcUrl.substring(q + 1).split("&")) {
            if (!param.toLowerCase(Locale.ROOT).startsWith("password=") && !param.isEmpty()) {
                kept.add(param);
            }
        }
        return jdbcUrl.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    /** Replaces anything that may be a password in a URL with {@code ***}. */
    public static String redact(String url) {
        return url.replaceAll("(//[^/@:]*:)[^@/]*@", "$1***@")
                .replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Connection properties; may hold the password. Never print them. */
    Properties properties() {
        return properties;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String user() {
        return properties.getProperty("user", System.getProperty("user.name"));
    }

    public boolean hasPassword() {
        return properties.getProperty("password") != null;
    }

    /** {@code host:port/database}, safe to print. */
    public String label() {
        return host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return label();
    }
}
