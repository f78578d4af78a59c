package io.migrascope.core.db.profile;

import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.tool.Tools;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes a profile from what projects already have: a JDBC URL, a {@code postgres://} URL, or the
 * {@code DATABASE_URL} of a {@code .env} file. A password in the URL is handed back separately, for
 * the session only: profiles never store one.
 */
public final class ProfileImport {
    public static final String DATABASE_URL = "DATABASE_URL";
    /** Where tools keep their migrations, relative to the project folder; the first that exists is taken. */
    private static final List<String> FOLDER_GUESSES = List.of("supabase/migrations", "prisma/migrations", "drizzle",
            "migrations", "db/migrations", "db/migrate", "sql/migrations", "migrations-sample/native");
    private static final Set<String> KEPT = Set.of("user", "password", "sslmode", "sslrootcert", "PGHOST", "PGPORT", "PGDBNAME");

    private ProfileImport() {
    }

    /**
     * A profile from a URL as {@code --url} takes it.
     *
     * @throws IllegalArgumentException naming what is wrong, never with the password
     */
    public static ImportedProfile fromUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no URL given: paste jdbc:postgresql://host:5432/db or"
                    + " postgres://user@host:5432/db");
        }
        String trimmed = url.strip();
        Properties props = trimmed.startsWith("jdbc:") ? jdbcProperties(trimmed) : libpqProperties(trimmed);
        return build(props, trimmed, "", List.of());
    }

    /**
     * A profile from the {@code DATABASE_URL} of a {@code .env} file; the migrations folder is guessed
     * from the project folder the file is in.
     */
    public static ImportedProfile fromDotEnv(Path envFile) throws IOException {
        Map<String, String> values = DotEnv.parse(Files.readString(envFile, StandardCharsets.UTF_8));
        String url = values.get(DATABASE_URL);
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(envFile.getFileName() + " defines no " + DATABASE_URL
                    + (values.isEmpty() ? "" : " (it defines " + String.join(", ", new TreeSet<>(values.keySet())) + ")")
                    + "; add DATABASE_URL=postgres://user@host:5432/db or import the URL itself");
        }
        if (url.contains("${")) {
            throw new IllegalArgumentException(DATABASE_URL + " in " + envFile.getFileName() + " refers to "
                    + url.substring(url.indexOf("${"), url.indexOf('}', url.indexOf("${")) + 1)
                    + ", which the file does not define; import the URL itself instead");
        }
        Path project = envFile.toAbsolutePath().getParent();
        List<String> notes = new ArrayList<>();
        String folder = guessFolder(project, notes);
        ImportedProfile imported = fromUrl(url);
        notes.addAll(0, imported.notes());
        return new ImportedProfile(imported.profile().withFolder(folder), imported.password(), notes);
    }

    private static String guessFolder(Path project, List<String> notes) {
        for (String guess : FOLDER_GUESSES) {
            Path candidate = project.resolve(guess);
            if (Files.isDirectory(candidate)) {
                notes.add("The migrations folder was taken to be " + candidate + "; change it if that is wrong.");
                return candidate.toString();
            }
        }
        notes.add("No migrations folder was found next to the .env file; choose it before opening the profile.");
        return project.toString();
    }

    private static Properties jdbcProperties(String url) {
        Properties props = org.postgresql.Driver.parseURL(url, new Properties());
        if (props == null) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + ConnectionSpec.redact(url)
                    + "; it must start with jdbc:postgresql://");
        }
        return props;
    }

    private static Properties libpqProperties(String url) {
        if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
            throw new IllegalArgumentException("unsupported URL " + ConnectionSpec.redact(url)
                    + ": use jdbc:postgresql://host:port/db or postgres://user@host:port/db");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot read the URL " + ConnectionSpec.redact(url) + ": "
                    + e.getReason() + " (percent-encode special characters in the user name and password)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("the URL " + ConnectionSpec.redact(url) + " names no host");
        }
        Properties props = new Properties();
        props.setProperty("PGHOST", uri.getHost());
        props.setProperty("PGPORT", Integer.toString(uri.getPort() > 0 ? uri.getPort() : Profile.DEFAULT_PORT));
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        props.setProperty("PGDBNAME", decode(path));
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            props.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                props.setProperty("password", decode(userInfo.substring(colon + 1)));
            }
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    props.setProperty(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
        }
        return props;
    }

    private static ImportedProfile build(Properties props, String url, String folder, List<String> earlier) {
        String host = props.getProperty("PGHOST", "localhost").split(",")[0];
        int port = Integer.parseInt(props.getProperty("PGPORT", "5432").split(",")[0]);
        String database = props.getProperty("PGDBNAME", "");
        if (database.isEmpty()) {
            throw new IllegalArgumentException("the URL " + ConnectionSpec.redact(url) + " names no database;"
                    + " add it after the host, e.g. .../shop");
        }
        List<String> notes = new ArrayList<>(earlier);
        Environment environment = guessEnvironment(host + " " + database);
        if (environment != Environment.DEV) {
            notes.add("Tagged " + environment.tag() + " because the host or database name says so"
                    + (environment == Environment.PRODUCTION ? "; it opens read-only until unlocked." : "."));
        }
        Map<String, String> dropped = new LinkedHashMap<>();
        for (String key : props.stringPropertyNames()) {
            if (!KEPT.contains(key)) {
                dropped.put(key, props.getProperty(key));
            }
        }
        if (!dropped.isEmpty()) {
            notes.add("Not kept in the profile: " + String.join(", ", new TreeSet<>(dropped.keySet()))
                    + " (a profile keeps host, port, database, user, sslmode and sslrootcert).");
        }
        String password = props.getProperty("password");
        if (password != null) {
            notes.add("The URL holds a password. It was not saved with the profile: it is kept in memory for this"
                    + " session only. For later sessions put it in ~/.pgpass or in an environment variable and name"
                    + " that variable in the profile.");
        }
        Profile profile = new Profile(database, host, port, database, props.getProperty("user"),
                props.getProperty("sslmode"), null, Tools.AUTO, folder, environment, null, null,
                props.getProperty("sslrootcert"));
        return new ImportedProfile(profile, password == null ? null : password.toCharArray(), notes);
    }

    private static Environment guessEnvironment(String names) {
        String lower = names.toLowerCase(Locale.ROOT);
        if (lower.contains("prod") || lower.contains("live")) {
            return Environment.PRODUCTION;
        }
        if (lower.contains("stag")) {
            return Environment.STAGING;
        }
        return Environment.DEV;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
