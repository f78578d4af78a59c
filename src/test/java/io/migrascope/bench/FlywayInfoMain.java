package io.migrascope.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * The timed Flyway process: {@code info} through the Java API, printing one line per migration
 * (as Flyway's CLI prints its table) and exiting 0 only when all are applied, like status.
 */
public final class FlywayInfoMain {
    private FlywayInfoMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: FlywayInfoMain JDBC_URL FLYWAY_DIR");
            System.exit(64);
        }
        MigrationInfo[] all = flyway(args[0], args[1]).info().all();
        int notApplied = 0;
        try (PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out,
                StandardCharsets.UTF_8)))) {
            for (MigrationInfo m : all) {
                out.println(m.getVersion() + " | " + m.getDescription() + " | " + m.getState().getDisplayName()
                        + " | " + m.getInstalledOn());
                if (m.getState() != MigrationState.SUCCESS) {
                    notApplied++;
                }
            }
        }
        System.exit(notApplied == 0 && all.length > 0 ? 0 : 2);
    }

    static Flyway flyway(String url, String dir) {
        return Flyway.configure().dataSource(url, null, null).locations("filesystem:" + dir).load();
    }
}
