package io.migrascope.core.tool.flyway;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.sql.SqlSplitter;
import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.sql.SqlSyntaxException;
import io.migrascope.core.tool.ExecutableSql;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What Flyway would run of a file, and what it would refuse before running anything. */
final class FlywayScript {
    /** Flyway's default placeholder syntax, replaced in every SQL migration (placeholderReplacement=true). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}\\s]+}");

    private FlywayScript() {
    }

    static ExecutableSql executable(MigrationFile file, String text) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        if (placeholder.find()) {
            throw new IllegalArgumentException(file.file() + " uses the Flyway placeholder " + placeholder.group()
                    + ", which Flyway replaces from its configuration before running the file; Migrascope does not"
                    + " know the value. Apply it with Flyway.");
        }
        Optional<String> byConf = executeInTransactionFalse(file);
        if (byConf.isEmpty()) {
            refuseMixed(file, text);
        }
        return new ExecutableSql(text, byConf);
    }

    /**
     * Flyway (mixed=false, its default) stops before running anything when one migration holds
     * statements PostgreSQL refuses in a transaction beside ones that need it: "Detected both
     * transactional and non-transactional statements within the same migration (even though mixed
     * is false)" — checked against the real tool. Migrascope refuses the same file.
     */
    private static void refuseMixed(MigrationFile file, String text) {
        List<SqlStatement> statements;
        try {
            statements = SqlSplitter.split(text);
        } catch (SqlSyntaxException e) {
            return; // the planner reports the syntax error itself
        }
        boolean transactional = statements.stream().anyMatch(SqlStatement::isTransactional);
        Optional<SqlStatement> offending = statements.stream().filter(s -> !s.isTransactional()).findFirst();
        if (transactional && offending.isPresent()) {
            SqlStatement s = offending.get();
            throw new IllegalArgumentException(file.file() + ": Flyway refuses it — \"Detected both transactional and"
                    + " non-transactional statements within the same migration (even though mixed is false)."
                    + " Offending statement found at line " + s.startLine() + ": " + s.excerpt(60)
                    + "\". Move the non-transactional statements into a migration of their own.");
        }
    }

    /** Flyway's per-script configuration, {@code <file>.conf} beside the file. */
    private static Optional<String> executeInTransactionFalse(MigrationFile file) {
        Path conf = file.path().resolveSibling(file.path().getFileName() + ".conf");
        if (!Files.isRegularFile(conf)) {
            return Optional.empty();
        }
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(conf, StandardCharsets.UTF_8)) {
            settings.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file.file() + ".conf cannot be read (" + e.getMessage() + "); Flyway"
                    + " would fail on it too. Fix or remove it.");
        }
        if ("false".equalsIgnoreCase(settings.getProperty("executeInTransaction", "").strip())) {
            return Optional.of(file.file() + ".conf sets executeInTransaction=false");
        }
        return Optional.empty();
    }
}
