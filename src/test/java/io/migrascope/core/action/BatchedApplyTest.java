package io.migrascope.core.action;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.MigrationFolder;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's statements go to the server in batches, between statements that may return rows; a
 * failure inside a batch is still named by its statement, line and SQLSTATE, and leaves nothing.
 */
@ExtendWith(PostgresExtension.class)
class BatchedApplyTest {
    @TempDir
    Path dir;

    @Test
    void aFileMixingBatchesAndRowReturningStatementsRunsInOrder(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_mixed.sql", """
                CREATE TABLE items (id bigint PRIMARY KEY, name text);
                INSERT INTO items VALUES (1, 'one');
                SELECT pg_catalog.set_config('search_path', 'public', false);
                INSERT INTO items VALUES (2, 'two') RETURNING id;
                UPDATE items SET name = name || '!';
                CREATE VIEW item_names AS SELECT name FROM items;
                """);

        CliRun run = CliRun.apply(db, dir);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT string_agg(name, ',' ORDER BY name) FROM item_names")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("one!,two!");
        }
    }

    @Test
    void aFailureAfterARowReturningStatementIsNamedAndLeavesNothing(TestDatabase db) throws Exception {
        new MigrationFolder(dir).file("001_broken.sql", """
                CREATE TABLE first (id bigint);
                SELECT 1;
                CREATE TABLE second (id bigint);
                CREATE TABLE third (id bigint);
                ALTER TABLE second
                  ADD COLUMN x nosuchtype;
                CREATE TABLE fourth (id bigint);
                """);

        CliRun run = CliRun.apply(db, dir);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("001_broken.sql failed at statement 5 of 6 (line 6)")
                .contains("SQLSTATE 42704").contains("Nothing of this file was applied");
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_catalog.pg_tables WHERE tablename IN"
                     + " ('first', 'second', 'third', 'fourth')")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
