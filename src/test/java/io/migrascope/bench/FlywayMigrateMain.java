package io.migrascope.bench;

import org.flywaydb.core.api.output.MigrateResult;

/**
 * The timed Flyway process for the apply rows: {@code migrate} through the Java API into an empty
 * database, each file in its own transaction (Flyway's default), exiting 0 only when it succeeded.
 */
public final class FlywayMigrateMain {
    private FlywayMigrateMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: FlywayMigrateMain JDBC_URL FLYWAY_DIR");
            System.exit(64);
        }
        MigrateResult result = FlywayInfoMain.flyway(args[0], args[1]).migrate();
        System.out.println("migrations executed: " + result.migrationsExecuted);
        System.exit(result.success ? 0 : 2);
    }
}
