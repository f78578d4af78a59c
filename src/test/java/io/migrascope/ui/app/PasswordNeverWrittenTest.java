package io.migrascope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.ImportedProfile;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.db.profile.ProfileImport;
import io.migrascope.core.db.profile.ProfileStore;
import io.migrascope.core.journal.Journal;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.SystemProperty;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.testing.TestPostgres;
import io.migrascope.ui.profile.SessionPasswords;
import io.migrascope.ui.task.SynchronousTaskRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise that no password is ever written: with a known password, this test goes through
 * everything that writes or prints (profiles, the journal, the UI memory, CLI output and errors,
 * evidence reports, comparison exports, exception messages, driver logs at every level) and then
 * scans every file under the data and config directories, the outputs, the migrations folder and
 * the suite's own {@code target/test-home} for the password, raw and URL-encoded.
 */
@ExtendWith(PostgresExtension.class)
class PasswordNeverWrittenTest {
    private static final String SECRET = "Sw0rdf1sh&/:@-never-on-disk";

    @TempDir
    Path scratch;
    private Path home;
    private Path config;
    private Path out;
    private Path folder;
    private String savedHome;
    private String savedConfig;
    /** Log handlers add from the driver's and the pool's threads while the test reads it. */
    private final List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;
    private final Logger driverLog = Logger.getLogger("org.postgresql");
    private Level savedLevel;
    private final Handler logCapture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            // The formatted line, parameters filled in and any exception's trace, as a log file would hold it.
            said.add(new SimpleFormatter().format(r));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void divertEverything() throws IOException {
        home = Files.createDirectories(scratch.resolve("home"));
        config = Files.createDirectories(scratch.resolve("config"));
        out = Files.createDirectories(scratch.resolve("out"));
        folder = Files.createDirectories(scratch.resolve("migrations"));
        savedHome = System.getProperty("migrascope.home");
        savedConfig = System.getProperty("migrascope.config");
        System.setProperty("migrascope.home", home.toString());
        System.setProperty("migrascope.config", config.toString());
        savedOut = System.out;
        savedErr = System.err;
        PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        savedLevel = driverLog.getLevel();
        driverLog.setLevel(Level.ALL);
        logCapture.setLevel(Level.ALL);
        driverLog.addHandler(logCapture);
    }

    @AfterEach
    void restore() {
        driverLog.removeHandler(logCapture);
        driverLog.setLevel(savedLevel);
        System.setOut(savedOut);
        System.setErr(savedErr);
        SystemProperty.restore("migrascope.home", savedHome);
        SystemProperty.restore("migrascope.config", savedConfig);
    }


    private CliRun cli(String... args) {
        CliRun run = CliRun.of(args);
        said.add(run.out());
        said.add(run.err());
        return run;
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    @Test
    void thePasswordAppearsInNoFileNoOutputNoLogAndNoMessage(TestDatabase db) throws Exception {
        assumeTrue(TestPostgres.checksPasswords(), "only the embedded server is set up to check passwords");
        String role = TestPostgres.PASSWORD_ROLE;
        db.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN CREATE ROLE "
                + role + " LOGIN; END IF; END $$");
        db.execute("ALTER ROLE " + role + " PASSWORD '" + SECRET.replace("'", "''") + "'");
        db.execute("ALTER DATABASE " + db.name() + " OWNER TO " + role);
        // Setting the password is the test's own statement; the driver's log of it is not Migrascope's.
        said.clear();
        console.reset();
        int port = ConnectionSpec.parse(db.url()).port();
        String encoded = URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
        String url = "postgres://" + role + ":" + encoded + "@localhost:" + port + "/" + db.name();
        String dir = folder.toString();
        new MigrationFolder(folder).file("001_users.sql", "CREATE TABLE users (id int);")
                .file("002_orders.sql", "CREATE TABLE orders (id int);");

        // The CLI: writes, journal, undo, reports, comparison exports.
        assertEquals(0, cli("apply", "--url", url, "--dir", dir, "--yes", "--reason", "first").exitCode());
        new MigrationFolder(folder).delete("002_orders.sql");
        CliRun delete = cli("repair", "delete-row", "--url", url, "--dir", dir, "--version", "002", "--yes",
                "--reason", "file removed");
        assertTrue(delete.out().contains("Done:"), delete.toString());
        String entry = Journal.standard().read().entries().get(1).id();
        cli("journal", "list");
        cli("journal", "list", "--json");
        cli("journal", "show", entry);
        cli("journal", "undo", entry, "--url", url, "--yes", "--reason", "put back");
        for (String format : new String[] {"md", "html", "json"}) {
            cli("report", "--url", url, "--dir", dir, "--format", format, "--out", out.resolve("report." + format).toString());
        }
        cli("compare", "--env", "a=" + url, "--env", "b=" + url, "--dir", dir, "--csv", out.resolve("c.csv").toString(),
                "--html", out.resolve("c.html").toString(), "--json");
        cli("status", "--url", url, "--dir", dir);
        cli("recover", "--url", url, "--dir", dir);

        // Failures: a wrong password, a URL that cannot be read, a server that is not there.
        assertEquals(3, cli("status", "--url", url.replace(encoded, "wrong" + encoded), "--dir", dir).exitCode());
        cli("status", "--url", "postgres://" + role + ":" + encoded + "@/" + db.name(), "--dir", dir);
        cli("status", "--url", "postgres://" + role + ":" + encoded + "@localhost:1/" + db.name(), "--dir", dir);
        cli("status", "--url", "jdbc:postgresql://localhost:1/x?password=" + encoded + "&user=" + role, "--dir", dir);
        IllegalArgumentException unreadable = assertThrows(IllegalArgumentException.class,
                () -> ConnectionSpec.parse("mysql://" + role + ":" + encoded + "@localhost/x"));
        said.add(trace(unreadable));
        Exception unreachable = assertThrows(Exception.class, () -> new Database(
                ConnectionSpec.parse("postgres://" + role + ":" + encoded + "@localhost:1/x"),
                new PasswordSource(Map.of(), null)).open());
        said.add(trace(unreachable));
        said.add(ConnectionSpec.parse(url).toString());

        // The console: an imported profile, saved; the typed password kept for the session only.
        ImportedProfile imported = ProfileImport.fromUrl(url);
        said.add(imported.toString());
        said.addAll(imported.notes());
        Profile profile = imported.profile().withName("shop").withFolder(dir).withEnvironment(Environment.PRODUCTION);
        ProfileStore store = new ProfileStore(config);
        store.save(profile);
        SessionPasswords passwords = new SessionPasswords();
        passwords.remember(profile, imported.password());
        ConsoleSession session = new ConsoleSession(profile, new SynchronousTaskRunner(),
                passwords.sourceFor(profile, Map.of()), Journal.standard());
        List<Throwable> failures = new ArrayList<>();
        session.open(() -> { }, failures::add);
        assertEquals(List.of(), failures);
        assertTrue(session.unlock(db.name(), () -> { }, failures::add));
        said.add(String.valueOf(session.problem().get()));
        UiMemory memory = UiMemory.load(config);
        memory.update(s -> s.withLastProfile(profile.name()));
        memory.save();
        session.close();

        said.add(console.toString(StandardCharsets.UTF_8));
        List<Path> written = filesUnder(home, config, out, folder, Path.of("target", "test-home"));
        assertTrue(written.stream().anyMatch(p -> p.getFileName().toString().equals("journal.jsonl")), written.toString());
        assertTrue(written.stream().anyMatch(p -> p.getFileName().toString().equals(ProfileStore.FILE_NAME)));
        assertTrue(written.stream().anyMatch(p -> p.getFileName().toString().equals(UiMemory.FILE_NAME)));
        assertTrue(written.stream().filter(p -> p.startsWith(out)).count() >= 5, "reports and exports: " + written);
        for (Path f : written) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains(SECRET) || text.contains(encoded), "the password is in " + f);
        }
        for (String s : said) {
            assertFalse(s.contains(SECRET) || s.contains(encoded), "the password was shown:\n" + s);
        }
    }

    private static List<Path> filesUnder(Path... roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(root)) {
                all.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }
}
