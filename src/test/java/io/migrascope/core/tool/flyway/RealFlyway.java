package io.migrascope.core.tool.flyway;

import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/** The real Flyway 13.12 (a Maven test dependency), pointed at a test database and a folder. */
final class RealFlyway {
    private RealFlyway() {
    }

    static FluentConfiguration configure(TestDatabase db, Path location) {
        return Flyway.configure().dataSource(db.url(), null, null).locations("filesystem:" + location);
    }

    static Flyway of(TestDatabase db, Path location) {
        return configure(db, location).load();
    }

    /**
     * Flyway with {@code postgresql.transactional.lock=false}. By default Flyway 13 holds its lock
     * in an open transaction on a second connection; CREATE INDEX CONCURRENTLY then waits for that
     * transaction forever (flyway #3497), and a failed row is rolled back with it. With the session
     * lock Flyway runs such a file outside a transaction and records its failure.
     */
    static Flyway withSessionLock(TestDatabase db, Path location) {
        FluentConfiguration c = configure(db, location);
        c.getPluginRegister().getExact(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return c.load();
    }

    /** Flyway's validate error, or null when validate passes. */
    static String validateError(Flyway flyway) {
        try {
            flyway.validate();
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    static List<MigrationInfo> info(Flyway flyway) {
        return Arrays.asList(flyway.info().all());
    }

    /** "script state" lines of Flyway's info, as its table shows them. */
    static List<String> states(Flyway flyway) {
        return info(flyway).stream().map(i -> i.getScript() + " " + i.getState().name()).toList();
    }

    static String stateOf(Flyway flyway, String script) {
        List<String> states = info(flyway).stream().filter(i -> i.getScript().equals(script))
                .map(i -> i.getState().name()).toList();
        if (states.isEmpty()) {
            throw new AssertionError("Flyway's info has no " + script + ": " + states(flyway));
        }
        return states.get(states.size() - 1);
    }

    /** Number of migrations the next migrate would run. */
    static int pendingCount(Flyway flyway) {
        return flyway.info().pending().length;
    }
}
