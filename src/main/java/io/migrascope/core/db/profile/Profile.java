package io.migrascope.core.db.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.tool.Tools;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A database the console knows: where it is, which folder and tool go with it, and how careful to
 * be with it. There is deliberately no password here; see {@link #passwordEnv}.
 *
 * @param name             unique among the profiles; what the list shows
 * @param host             the server
 * @param port             its port
 * @param database         the database name
 * @param user             the role to log in as, or null for the operating-system user
 * @param sslmode          libpq's sslmode (disable, require, verify-full ...), or null for the driver's default
 * @param schema           the schema of the tracking table, or null for the tool's own
 * @param tool             {@code auto} or an id of {@link Tools#ids()}
 * @param migrationsFolder the folder of migration files
 * @param environment      dev, staging or production
 * @param colour           the chip colour, {@code #rrggbb}
 * @param passwordEnv      the name of an environment variable holding the password, or null
 *                         (then PGPASSWORD, then ~/.pgpass)
 * @param sslrootcert      the CA certificate file that {@code verify-ca} / {@code verify-full} check the
 *                         server's certificate against, or null for the driver's default
 *                         ({@code ~/.postgresql/root.crt})
 */
public record Profile(
        String name,
        String host,
        int port,
        String database,
        String user,
        String sslmode,
        String schema,
        String tool,
        String migrationsFolder,
        Environment environment,
        String colour,
        String passwordEnv,
        String sslrootcert) {

    public static final int DEFAULT_PORT = 5432;
    /** The session option that makes PostgreSQL itself refuse writes (SQLSTATE 25006). */
    public static final String READ_ONLY_OPTIONS = "-c default_transaction_read_only=on";
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public Profile {
        name = trimmed(name);
        host = trimmed(host);
        database = trimmed(database);
        user = blankToNull(user);
        sslmode = blankToNull(sslmode);
        schema = blankToNull(schema);
        tool = tool == null || tool.isBlank() ? Tools.AUTO : tool.strip();
        migrationsFolder = trimmed(migrationsFolder);
        environment = environment == null ? Environment.DEV : environment;
        colour = colour == null || colour.isBlank() ? environment.defaultColour() : colour.strip();
        passwordEnv = blankToNull(passwordEnv);
        port = port == 0 ? DEFAULT_PORT : port;
        sslrootcert = blankToNull(sslrootcert);
    }

    /** A profile without a CA file of its own. */
    public Profile(String name, String host, int port, String database, String user, String sslmode, String schema,
                   String tool, String migrationsFolder, Environment environment, String colour, String passwordEnv) {
        this(name, host, port, database, user, sslmode, schema, tool, migrationsFolder, environment, colour,
                passwordEnv, null);
    }

    /** A new dev profile for a local database, for the editor to start from. */
    public static Profile blank() {
        return new Profile("", "localhost", DEFAULT_PORT, "", null, null, null, Tools.AUTO, "", Environment.DEV,
                null, null);
    }

    /** What is wrong with this profile, one sentence each; empty when it can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add("the profile needs a name");
        }
        if (host.isEmpty()) {
            problems.add("the host is empty; use localhost for this machine");
        }
        if (port < 1 || port > 65535) {
            problems.add("port " + port + " is not between 1 and 65535");
        }
        if (database.isEmpty()) {
            problems.add("the database name is empty");
        }
        if (!tool.equals(Tools.AUTO) && !Tools.ids().contains(tool)) {
            problems.add("unknown tool '" + tool + "'; use auto or one of " + String.join(", ", Tools.ids()));
        }
        if (migrationsFolder.isEmpty()) {
            problems.add("choose the folder of migration files");
        }
        if (!HEX_COLOUR.matcher(colour).matches()) {
            problems.add("colour '" + colour + "' is not of the form #rrggbb");
        }
        if (passwordEnv != null && !ENV_NAME.matcher(passwordEnv).matches()) {
            problems.add("'" + passwordEnv + "' is not an environment variable name (letters, digits, _)");
        }
        return problems;
    }

    @JsonIgnore
    public boolean isProduction() {
        return environment == Environment.PRODUCTION;
    }

    /** "shop (staging)". */
    @JsonIgnore
    public String label() {
        return name + " (" + environment.tag() + ")";
    }

    @JsonIgnore
    public Path folder() {
        return Path.of(migrationsFolder);
    }

    /** The connection, read-only on the server when this is a production profile. */
    public ConnectionSpec connectionSpec() {
        return connectionSpec(isProduction());
    }

    /**
     * The connection; with {@code readOnly} every transaction of the session starts read-only, so
     * PostgreSQL refuses writes with SQLSTATE 25006 whatever the client does.
     */
    public ConnectionSpec connectionSpec(boolean readOnly) {
        StringBuilder url = new StringBuilder("jdbc:postgresql://");
        url.append(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                .append(':').append(port).append('/').append(encode(database));
        List<String> params = new ArrayList<>();
        if (user != null) {
            params.add("user=" + encode(user));
        }
        if (sslmode != null) {
            params.add("sslmode=" + encode(sslmode));
        }
        if (sslrootcert != null) {
            params.add("sslrootcert=" + encode(sslrootcert));
        }
        if (readOnly) {
            params.add("options=" + encode(READ_ONLY_OPTIONS));
        }
        if (!params.isEmpty()) {
            url.append('?').append(String.join("&", params));
        }
        return ConnectionSpec.parse(url.toString());
    }

    /** The database, read-only on the server when this is a production profile. */
    public Database toDatabase(PasswordSource passwords) {
        return new Database(connectionSpec(), passwords);
    }

    /** The database; {@code readOnly} false only after a production profile was unlocked. */
    public Database toDatabase(PasswordSource passwords, boolean readOnly) {
        return new Database(connectionSpec(readOnly), passwords);
    }

    /** Passwords as the profile names them: its variable, else PGPASSWORD, else ~/.pgpass. */
    public PasswordSource passwordSource(Map<String, String> environmentVariables) {
        return new PasswordSource(environmentVariables, passwordEnv);
    }

    /** {@code user@host:port/database}: the key a typed password is remembered under for the session. */
    @JsonIgnore
    public String target() {
        return (user == null ? System.getProperty("user.name") : user) + "@" + host + ":" + port + "/" + database;
    }

    public Profile withName(String newName) {
        return new Profile(newName, host, port, database, user, sslmode, schema, tool, migrationsFolder, environment,
                colour, passwordEnv, sslrootcert);
    }

    public Profile withFolder(String folder) {
        return new Profile(name, host, port, database, user, sslmode, schema, tool, folder, environment, colour,
                passwordEnv, sslrootcert);
    }

    public Profile withEnvironment(Environment env) {
        boolean defaultColour = colour.equalsIgnoreCase(environment.defaultColour());
        return new Profile(name, host, port, database, user, sslmode, schema, tool, migrationsFolder, env,
                defaultColour ? env.defaultColour() : colour, passwordEnv, sslrootcert);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
