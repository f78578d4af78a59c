package io.migrascope.bench;

import java.nio.charset.StandardCharsets;

/** One generated migration: the same SQL under its native and its Flyway file name. */
record GeneratedMigration(int number, String version, String name, String sql, int statements) {

    String nativeFile() {
        return version + "_" + name + ".sql";
    }

    String flywayVersion() {
        return Integer.toString(number);
    }

    String flywayFile() {
        return "V" + flywayVersion() + "__" + name + ".sql";
    }

    /** What Flyway derives from the file name and checks on validate. */
    String flywayDescription() {
        return name.replace('_', ' ');
    }

    byte[] bytes() {
        return sql.getBytes(StandardCharsets.UTF_8);
    }
}
