package io.migrascope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.sql.SqlSplitter;
import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.tool.ExecutableSql;
import io.migrascope.core.tool.FileText;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.Tools;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every file of every sample runs cleanly, in its tool's order, on an empty database of the test
 * server — PostgreSQL 17 embedded, and 15 where CI sets {@code MIGRASCOPE_TEST_DB_URL}. The order
 * and the SQL are what the tool's own reading of the folder gives (journal order for Drizzle,
 * repeatables last for Flyway, both files of a duplicate version for Supabase); each file runs in
 * one transaction unless it cannot.
 */
@ExtendWith(PostgresExtension.class)
class SamplesApplyTest {

    @ParameterizedTest
    @CsvSource({"native, native, '', 13", "prisma, prisma, '', 9", "drizzle, drizzle, '', 8",
            "supabase, supabase, '', 9", "flyway, flyway, sql, 6"})
    void everyFileAppliesInToolOrder(String sample, String toolId, String sub, int count, TestDatabase db,
                                     @TempDir Path tmp) throws Exception {
        SampleResources.load().copy(sample, tmp);
        MigrationTool tool = Tools.byId(toolId).orElseThrow();
        List<MigrationFile> files = tool.scan(sub.isEmpty() ? tmp : tmp.resolve(sub)).files();
        assertEquals(count, files.size(), sample + ": " + files.stream().map(MigrationFile::file).toList());
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.setEscapeProcessing(false);
            for (MigrationFile f : files) {
                assertTrue(f.isRunnable(), f.file());
                String text = FileText.withoutBom(FileText.decode(Files.readAllBytes(f.path())).orElseThrow());
                ExecutableSql sql = tool.executableSql(f, text);
                List<SqlStatement> statements = SqlSplitter.split(sql.sql());
                boolean transactional = sql.nonTransactional().isEmpty()
                        && statements.stream().allMatch(SqlStatement::isTransactional);
                c.setAutoCommit(!transactional);
                for (SqlStatement s : statements) {
                    st.execute(s.text());
                }
                if (transactional) {
                    c.commit();
                }
            }
        }
    }
}
