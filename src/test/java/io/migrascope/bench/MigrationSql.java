package io.migrascope.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes small, plausible migrations: every fourth one creates a table and the three after it
 * alter that table, put a view on it or add a function, so the files look like a real history
 * (mixed statement kinds, dollar quotes, comments) rather than one template repeated.
 */
final class MigrationSql {
    private static final String[] COLUMN_NAMES = {"account_id", "status", "title", "amount", "quantity", "note",
            "email", "external_ref", "priority", "due_on", "archived", "payload", "score", "region"};
    private static final String[] COLUMN_TYPES = {"bigint NOT NULL", "text NOT NULL DEFAULT 'new'", "text",
            "numeric(12,2)", "integer NOT NULL DEFAULT 0", "text", "varchar(320)", "uuid", "smallint", "date",
            "boolean NOT NULL DEFAULT false", "jsonb", "double precision", "varchar(32)"};

    private final int width;

    MigrationSql(int size) {
        this.width = Math.max(5, Integer.toString(size).length());
    }

    GeneratedMigration migration(int number) {
        Random random = new Random(number);
        int base = number - (number - 1) % 4;
        String version = pad(number);
        String table = "t_" + pad(base);
        return switch ((number - 1) % 4) {
            case 0 -> createTable(number, version, table, random);
            case 1 -> addColumns(number, version, table, random);
            case 2 -> createView(number, version, table, random);
            default -> createFunction(number, version, table, random);
        };
    }

    private GeneratedMigration createTable(int number, String version, String table, Random random) {
        List<Integer> columns = columns(random, 3 + random.nextInt(4));
        StringBuilder sql = header(version, "Create " + table + ", the store of one kind of record.");
        sql.append("CREATE TABLE ").append(table).append(" (\n");
        sql.append("    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n");
        for (int c : columns) {
            sql.append("    ").append(COLUMN_NAMES[c]).append(' ').append(COLUMN_TYPES[c]).append(",\n");
        }
        sql.append("    created_at timestamptz NOT NULL DEFAULT now()\n);\n\n");
        String indexed = COLUMN_NAMES[columns.get(0)];
        sql.append("CREATE INDEX ").append(table).append('_').append(indexed).append("_idx ON ").append(table)
                .append(" (").append(indexed).append(");\n\n");
        sql.append("COMMENT ON TABLE ").append(table).append(" IS 'Records of kind ").append(number)
                .append("; rows are never deleted, only archived.';\n");
        return new GeneratedMigration(number, version, "create_" + table, sql.toString(), 3);
    }

    private GeneratedMigration addColumns(int number, String version, String table, Random random) {
        List<Integer> columns = columns(random, 1 + random.nextInt(3));
        StringBuilder sql = header(version, "Add " + columns.size() + " column(s) to " + table + ".");
        sql.append("ALTER TABLE ").append(table);
        for (int i = 0; i < columns.size(); i++) {
            int c = columns.get(i);
            sql.append(i == 0 ? "\n" : ",\n").append("    ADD COLUMN IF NOT EXISTS ").append(COLUMN_NAMES[c])
                    .append("_v").append(number).append(' ').append(COLUMN_TYPES[c].replace(" NOT NULL", ""));
        }
        sql.append(";\n\n");
        String first = COLUMN_NAMES[columns.get(0)] + "_v" + number;
        sql.append("COMMENT ON COLUMN ").append(table).append('.').append(first)
                .append(" IS 'Backfilled by the application; NULL until then.';\n\n");
        sql.append("UPDATE ").append(table).append(" SET ").append(first).append(" = NULL WHERE false;\n");
        return new GeneratedMigration(number, version, "add_columns_to_" + table, sql.toString(), 3);
    }

    private GeneratedMigration createView(int number, String version, String table, Random random) {
        String view = "v_" + version;
        int days = 7 + random.nextInt(80);
        StringBuilder sql = header(version, "A reporting view over " + table + " for the last " + days + " days.");
        sql.append("CREATE OR REPLACE VIEW ").append(view).append(" AS\n")
                .append("SELECT id, created_at, date_trunc('day', created_at) AS day\n")
                .append("FROM ").append(table).append('\n')
                .append("WHERE created_at > now() - interval '").append(days).append(" days'\n")
                .append("ORDER BY created_at DESC;\n\n");
        sql.append("COMMENT ON VIEW ").append(view).append(" IS 'Recent rows of ").append(table).append(".';\n");
        return new GeneratedMigration(number, version, "create_view_" + view, sql.toString(), 2);
    }

    private GeneratedMigration createFunction(int number, String version, String table, Random random) {
        String function = "count_" + table;
        int limit = 100 + random.nextInt(9_900);
        StringBuilder sql = header(version, "Count the rows of " + table + " cheaply; capped at " + limit + ".");
        sql.append("CREATE OR REPLACE FUNCTION ").append(function).append("(since timestamptz)\n")
                .append("RETURNS bigint\nLANGUAGE plpgsql STABLE\nAS $fn$\nDECLARE\n    n bigint;\nBEGIN\n")
                .append("    SELECT count(*) INTO n FROM (\n        SELECT 1 FROM ").append(table)
                .append(" WHERE created_at >= since LIMIT ").append(limit).append("\n    ) capped;\n")
                .append("    RETURN n; -- a semicolon inside the body must not split the statement\nEND;\n$fn$;\n\n");
        sql.append("REVOKE ALL ON FUNCTION ").append(function).append("(timestamptz) FROM PUBLIC;\n");
        return new GeneratedMigration(number, version, "create_function_" + function, sql.toString(), 2);
    }

    private static StringBuilder header(String version, String purpose) {
        return new StringBuilder(800).append("-- Migration ").append(version).append(": ").append(purpose)
                .append("\n-- Generated by the Migrascope status benchmark.\n\n");
    }

    private static List<Integer> columns(Random random, int count) {
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < count) {
            int c = random.nextInt(COLUMN_NAMES.length);
            if (!picked.contains(c)) {
                picked.add(c);
            }
        }
        return picked;
    }

    private String pad(int n) {
        return String.format("%0" + width + "d", n);
    }
}
