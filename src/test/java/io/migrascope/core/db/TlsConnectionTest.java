package io.migrascope.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.db.profile.ProfileImport;
import io.migrascope.core.db.profile.ProfileStore;
import io.migrascope.testing.CliRun;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS as a careful user sets it up: a server certificate signed by the company's CA, and the
 * client checking it with {@code sslmode=verify-full} and {@code sslrootcert} naming the CA file,
 * through a profile and through the CLI's URL. The certificates are made at test time with
 * openssl; the test is skipped, saying so, where openssl is missing.
 */
class TlsConnectionTest {
    @TempDir
    static Path certs;
    @TempDir
    Path folder;
    private static EmbeddedPostgres server;

    @BeforeAll
    static void startServerWithTls() throws Exception {
        assumeTrue(openssl("version"), "openssl is not on the PATH: cannot make the test certificates");
        certificateAuthority("ca");
        certificateAuthority("other-ca");
        openssl("req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
                "-subj", "/CN=localhost");
        Files.writeString(certs.resolve("san.ext"), "subjectAltName=DNS:localhost\n");
        requireOpenssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "2", "-out", "server.crt", "-extfile", "san.ext");
        server = EmbeddedPostgres.builder()
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", "server.crt")
                .setServerConfig("ssl_key_file", "server.key")
                .setDataDirectoryCustomizer(data -> {
                    try {
                        for (String f : new String[] {"server.crt", "server.key"}) {
                            Path copy = data.toPath().resolve(f);
                            Files.copy(certs.resolve(f), copy);
                            // PostgreSQL refuses a key file others may read.
                            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-------"));
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private static void certificateAuthority(String name) throws Exception {
        requireOpenssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out", name + ".crt",
                "-days", "2", "-subj", "/CN=Migrascope test " + name);
    }

    private static void requireOpenssl(String... args) throws Exception {
        if (!openssl(args)) {
            throw new IllegalStateException("openssl " + String.join(" ", args) + " failed");
        }
    }

    private static boolean openssl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(certs.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }

    private Profile profile(String sslmode, String caFile) {
        return new Profile("tls", "localhost", server.getPort(), "postgres", "postgres", sslmode, null, "native",
                folder.toString(), Environment.STAGING, null, null, caFile == null ? null : certs.resolve(caFile).toString());
    }

    private static boolean sessionUsesTls(Connection c) throws Exception {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    @Test
    void aProfileWithVerifyFullAndTheCaFileConnectsOverTls() throws Exception {
        Profile profile = profile("verify-full", "ca.crt");
        try (Connection c = profile.toDatabase(new PasswordSource(Map.of(), null)).open()) {
            assertTrue(sessionUsesTls(c), "the session is encrypted");
        }
    }

    @Test
    void theCaFileSurvivesSavingAndReadingTheProfile(@TempDir Path config) throws Exception {
        ProfileStore store = new ProfileStore(config);
        store.save(profile("verify-full", "ca.crt"));
        Profile read = store.find("tls").orElseThrow();
        assertEquals(certs.resolve("ca.crt").toString(), read.sslrootcert());
        assertTrue(Files.readString(store.file()).contains("\"sslrootcert\""));
        try (Connection c = read.toDatabase(new PasswordSource(Map.of(), null)).open()) {
            assertTrue(sessionUsesTls(c));
        }
        Profile imported = ProfileImport.fromUrl("postgres://app@db.internal:5432/shop?sslmode=verify-full&sslrootcert="
                + certs.resolve("ca.crt")).profile();
        assertEquals(certs.resolve("ca.crt").toString(), imported.sslrootcert(), "an imported URL keeps its CA file");
    }

    @Test
    void theCliCarriesSslmodeAndTheCaFileInTheUrl() {
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres?user=postgres&sslmode=verify-full"
                + "&sslrootcert=" + certs.resolve("ca.crt");
        CliRun run = CliRun.of("status", "--url", url, "--dir", folder.toString(), "--tool", "native", "--json");
        assertEquals(0, run.exitCode(), run.toString());
        CliRun refused = CliRun.of("status", "--url", url.replace("ca.crt", "other-ca.crt"), "--dir", folder.toString(),
                "--tool", "native");
        assertEquals(3, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("could not be verified"), refused.err());
    }

    @Test
    void aServerCertificateFromAnotherCaIsRefusedWithAClearMessage() {
        Database db = profile("verify-full", "other-ca.crt").toDatabase(new PasswordSource(Map.of(), null));
        ConnectException e = assertThrows(ConnectException.class, db::open);
        assertTrue(e.getMessage().startsWith("the certificate of the server at localhost:" + server.getPort()
                + " could not be verified"), e.getMessage());
        assertTrue(e.getMessage().contains("sslmode=verify-full") && e.getMessage().contains("other-ca.crt"),
                "names the mode and the CA file: " + e.getMessage());
    }

    @Test
    void aHostNameTheCertificateDoesNotNameIsRefusedUnderVerifyFull() throws Exception {
        Profile byName = profile("verify-full", "ca.crt");
        Profile byOtherName = new Profile("tls", "127.0.0.1", server.getPort(), "postgres", "postgres", "verify-full",
                null, "native", folder.toString(), Environment.STAGING, null, null, byName.sslrootcert());
        ConnectException e = assertThrows(ConnectException.class,
                () -> byOtherName.toDatabase(new PasswordSource(Map.of(), null)).open().close());
        assertTrue(e.getMessage().contains("could not be verified"), e.getMessage());
    }
}
