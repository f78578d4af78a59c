package io.migrascope.cli;

import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.PasswordSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The read connection of {@code status}, {@code report} or {@code apply}, opened while picocli
 * builds its model of the command: both take about a tenth of a second of a cold JVM, and the
 * connection is mostly waiting on the server. Only the plain forms are recognised ({@code --url U},
 * {@code --url=U} or {@code DATABASE_URL}, with {@code --password-env}); the command uses the
 * connection only if its parsed options name the same URL and password source, and opens its own
 * otherwise, so a misread argument costs one unused connection, never a wrong one.
 */
final class EarlyConnection {
    private static final Set<String> READING_COMMANDS = Set.of("status", "report", "apply");
    private static final Set<String> NOT_A_RUN = Set.of("-h", "--help", "-V", "--version");
    private static volatile Opening opening;

    private record Opening(String url, String passwordEnv, CompletableFuture<Connection> connection) {
    }

    private EarlyConnection() {
    }

    /** Starts opening the connection {@code args} will need, on a thread of its own. */
    static void start(String[] args, Map<String, String> environment) {
        if (args.length == 0 || !READING_COMMANDS.contains(args[0])) {
            return;
        }
        String url = null;
        String passwordEnv = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (NOT_A_RUN.contains(a)) {
                return;
            }
            if (a.equals("--url") && i + 1 < args.length) {
                url = args[++i];
            } else if (a.startsWith("--url=")) {
                url = a.substring("--url=".length());
            } else if (a.equals("--password-env") && i + 1 < args.length) {
                passwordEnv = args[++i];
            } else if (a.startsWith("--password-env=")) {
                passwordEnv = a.substring("--password-env=".length());
            }
        }
        String effective = url != null ? url : environment.get("DATABASE_URL");
        if (effective == null) {
            return;
        }
        Database db;
        try {
            db = new Database(ConnectionSpec.parse(effective), new PasswordSource(environment, passwordEnv));
        } catch (RuntimeException badUrl) {
            return; // The command reports it, with its own words.
        }
        CompletableFuture<Connection> connection = new CompletableFuture<>();
        opening = new Opening(effective, passwordEnv, connection);
        Thread t = new Thread(() -> {
            try {
                connection.complete(db.openForReading());
            } catch (Exception | Error e) {
                connection.completeExceptionally(e);
            }
        }, "migrascope-connect");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The early connection, if one was opened for exactly this URL and password source; empty when
     * none was, when it failed (the command then opens its own and reports that failure), or when
     * it was already taken.
     */
    static Optional<Connection> take(String url, String passwordEnv) {
        Opening o = opening;
        if (o == null || !o.url().equals(url) || !Objects.equals(o.passwordEnv(), passwordEnv)) {
            return Optional.empty();
        }
        opening = null;
        try {
            return Optional.of(o.connection().join());
        } catch (RuntimeException failed) {
            return Optional.empty();
        }
    }

    /** Closes an early connection nobody took (a command that turned out not to read). */
    static void discard() {
        Opening o = opening;
        opening = null;
        if (o != null) {
            o.connection().thenAccept(c -> {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // Closing at exit; the server ends the session either way.
                }
            });
        }
    }
}
