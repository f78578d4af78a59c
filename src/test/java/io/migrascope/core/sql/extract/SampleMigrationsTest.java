package io.migrascope.core.sql.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample project (migrations-sample/native), applied in name order (the duplicate versions 003,
 * 005 and 006 too; 010 needs autocommit for CREATE INDEX CONCURRENTLY, which {@link PgRun} gives every
 * file): every object each file's extraction says it creates must then exist, with the type, kind or
 * signature the extraction gives.
 */
@ExtendWith(PostgresExtension.class)
class SampleMigrationsTest {
    private static final Path SAMPLES = Path.of("migrations-sample", "native");

    static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
    }

    @Test
    void everyExtractedObjectExistsAfterApplyingTheSamples(TestDatabase db) throws IOException, SQLException {
        List<Path> files = files();
        assertEquals(13, files.size());
        for (Path file : files) {
            PgRun.all(db, Files.readString(file));
        }
        Catalog catalog = new Catalog(db);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : files) {
            Extraction extraction = ExtractionAssertions.extract(Files.readString(file));
            extraction.skipped().forEach(s -> problems.add(file.getFileName() + ": skipped " + s));
            for (SchemaObject o : extraction.objects(Effect.CREATES)) {
                String actual = catalog.actual(o);
                String expected = o.detail() == null ? "" : o.detail();
                checked++;
                if (!expected.equals(actual)) {
                    problems.add(file.getFileName() + ": " + o.display() + " -> server has "
                            + (actual == null ? "nothing" : "'" + actual + "'"));
                }
            }
            for (TableReference ref : extraction.references()) {
                if (!db.tableExists(Catalog.qualified(ref.schema(), ref.table()))) {
                    problems.add(file.getFileName() + ": references missing table " + ref);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked > 150, "only " + checked + " objects checked");
    }

    @Test
    void theSamplesTablesHaveExactlyTheExtractedColumnsAndConstraints(TestDatabase db)
            throws IOException, SQLException {
        StringBuilder all = new StringBuilder();
        for (Path file : files()) {
            String sql = Files.readString(file);
            PgRun.all(db, sql);
            all.append(sql).append("\n;\n");
        }
        Catalog catalog = new Catalog(db);
        List<String> problems = new ArrayList<>();
        ExpectedSchema expected = ExpectedSchema.replay(ExtractionAssertions.extract(all.toString()));
        expected.tables.forEach((key, table) -> {
            String name = key.substring(key.indexOf('|') + 1);
            try {
                if (!table.columnLines().equals(catalog.columns(null, name))) {
                    problems.add(name + " columns " + table.columnLines() + " vs " + catalog.columns(null, name));
                }
                if (!table.constraintLines().equals(catalog.constraints(null, name))) {
                    problems.add(name + " constraints " + table.constraintLines() + " vs "
                            + catalog.constraints(null, name));
                }
                if (!table.indexNames().equals(catalog.indexes(null, name))) {
                    problems.add(name + " indexes " + table.indexNames() + " vs " + catalog.indexes(null, name));
                }
            } catch (SQLException e) {
                problems.add(name + ": " + e.getMessage());
            }
        });
        assertEquals(List.of(), problems);
        assertEquals(13, expected.tables.size());
    }
}
