package io.migrascope.reliability;

import io.migrascope.testing.MigrationFolder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Three native migrations, each creating table {@code t<n>}; the second stops at a {@link Gate}
 * between its two statements. Consistency is then checkable from outside: a version is tracked
 * exactly when its table exists.
 */
final class GatedFolder {
    static final List<String> VERSIONS = List.of("001", "002", "003");

    private GatedFolder() {
    }

    static Path write(Path dir, Gate gate) {
        new MigrationFolder(dir)
                .file("001_t1.sql", "CREATE TABLE t1 (id bigint);\n")
                .file("002_t2.sql", "CREATE TABLE t2 (id bigint);\n" + gate.statement() + "\nINSERT INTO t2 VALUES (2);\n")
                .file("003_t3.sql", "CREATE TABLE t3 (id bigint);\n");
        return dir;
    }

    /** The versions with a successful tracking row. */
    static List<String> tracked(String url) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM schema_migrations WHERE success ORDER BY version")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    /** The versions whose table exists. */
    static List<String> withObjects(String url) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            for (String v : VERSIONS) {
                try (ResultSet rs = st.executeQuery("SELECT to_regclass('t" + Integer.parseInt(v) + "') IS NOT NULL")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        versions.add(v);
                    }
                }
            }
        }
        return versions;
    }

    /** No file applied without its row, no row without its objects; returns the applied versions. */
    static List<String> assertConsistent(String url) throws SQLException {
        List<String> tracked = tracked(url);
        List<String> objects = withObjects(url);
        if (!tracked.equals(objects)) {
            throw new AssertionError("tracking rows " + tracked + " but objects of " + objects);
        }
        return tracked;
    }
}
