package io.migrascope.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Many tenant databases sharing one generated folder, all applied except: every tenth is three
 * migrations behind, tenant 7 has another checksum for migration 10, tenant 13 has migration 40
 * failed. One template database in the all-applied state is copied by {@code CREATE DATABASE …
 * TEMPLATE}, a file copy far faster than filling each database.
 */
final class TenantDatabases {
    static final int BEHIND_EVERY = 10;
    static final int BEHIND_BY = 3;
    static final int DRIFTED_TENANT = 7;
    static final int DRIFTED_MIGRATION = 10;
    static final int FAILED_TENANT = 13;
    static final int FAILED_MIGRATION = 40;
    private final BenchServer server;
    private final List<String> made = new ArrayList<>();

    TenantDatabases(BenchServer server) {
        this.server = server;
    }

    /** The tenants by name ({@code tenant_001} …) and JDBC URL, in order. */
    Map<String, String> create(Corpus corpus, int count) throws Exception {
        String prefix = "ms_tenant_" + UUID.randomUUID().toString().substring(0, 6) + "_";
        String template = prefix + "template";
        admin("CREATE DATABASE " + template);
        made.add(template);
        NativeTrackingRows.populate(new BenchDatabase(url(template), () -> { }), corpus);
        Map<String, String> urls = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            String name = prefix + String.format("%03d", i);
            admin("CREATE DATABASE " + name + " TEMPLATE " + template);
            made.add(name);
            urls.put(String.format("tenant_%03d", i), url(name));
        }
        for (Map.Entry<String, String> e : urls.entrySet()) {
            vary(Integer.parseInt(e.getKey().substring("tenant_".length())), e.getValue(), corpus);
        }
        return urls;
    }

    private static void vary(int tenant, String url, Corpus corpus) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            if (tenant % BEHIND_EVERY == 0) {
                st.execute("DELETE FROM schema_migrations WHERE version > '"
                        + version(corpus, corpus.size() - BEHIND_BY) + "'");
            }
            if (tenant == DRIFTED_TENANT) {
                st.execute("UPDATE schema_migrations SET checksum = md5('edited'), normalized_checksum ="
                        + " md5('edited') WHERE version = '" + version(corpus, DRIFTED_MIGRATION) + "'");
            }
            if (tenant == FAILED_TENANT) {
                st.execute("UPDATE schema_migrations SET success = false WHERE version = '"
                        + version(corpus, FAILED_MIGRATION) + "'");
            }
        }
    }

    static String version(Corpus corpus, int number) {
        return corpus.migrations().get(number - 1).version();
    }

    void drop() throws SQLException {
        for (String name : made) {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
        made.clear();
    }

    private String url(String database) {
        return BenchServer.External.withDatabase(server.adminUrl(), database);
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.adminUrl()); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
