package io.migrascope.core.sql.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real server is the judge of type spellings and default names: each script of the corpus is run,
 * then every table's columns (with format_type), constraints and indexes must be exactly what the
 * extraction says, and every other object it creates must exist with the same detail.
 */
@ExtendWith(PostgresExtension.class)
class ExtractionAgainstPostgresTest {

    static Stream<Arguments> corpus() {
        return ExtractionCorpus.SCRIPTS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void extractionMatchesTheCatalog(String name, String sql, TestDatabase db) throws SQLException {
        PgRun.all(db, sql);
        Extraction extraction = ExtractionAssertions.extract(sql);
        assertEquals(List.of(), extraction.skipped());
        Catalog catalog = new Catalog(db);
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, ExpectedSchema.Table> entry : ExpectedSchema.replay(extraction).tables.entrySet()) {
            String[] key = entry.getKey().split("\\|", -1);
            String schema = key[0].isEmpty() ? null : key[0];
            ExpectedSchema.Table expected = entry.getValue();
            compare(mismatches, "columns of " + key[1], expected.columnLines(), catalog.columns(schema, key[1]));
            compare(mismatches, "constraints of " + key[1], expected.constraintLines(),
                    catalog.constraints(schema, key[1]));
            compare(mismatches, "indexes of " + key[1], expected.indexNames(), catalog.indexes(schema, key[1]));
        }
        for (SchemaObject o : ExpectedSchema.survivors(extraction)) {
            String actual = catalog.actual(o);
            String expected = o.kind() == ObjectKind.COLUMN || o.detail() == null ? actual == null ? "" : actual
                    : o.detail();
            if (actual == null || !actual.equals(expected)) {
                mismatches.add(o.display() + ": server has " + (actual == null ? "nothing" : "'" + actual + "'"));
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private static void compare(List<String> mismatches, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            mismatches.add(what + ": extracted " + expected + ", server has " + actual);
        }
    }
}
