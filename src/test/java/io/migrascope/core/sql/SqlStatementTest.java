package io.migrascope.core.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlStatementTest {

    private static SqlStatement statement(String text) {
        return new SqlStatement(1, text, 1, 0, text.length());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `SELECT 1`                          | 20 | SELECT 1
            `SELECT\\n    a,\\r\\n\\t b  FROM t` | 40 | SELECT a, b FROM t
            `SELECT a, b FROM t`                | 18 | SELECT a, b FROM t
            `SELECT a, b FROM t`                | 17 | SELECT a, b FROM…
            `SELECT a, b FROM t`                | 10 | SELECT a,…
            `SELECT a, b FROM t`                | 8  | SELECT…
            `SELECT a, b FROM t`                | 1  | …
            `SELECT '😀😀'`                      | 10 | SELECT '…
            """)
    void excerptsOnOneLine(String text, int maxChars, String expected) {
        String excerpt = statement(text.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t"))
                .excerpt(maxChars);

        assertEquals(expected, excerpt);
        assertTrue(excerpt.length() <= maxChars);
    }

    @Test
    void excerptOfAHugeStatementReadsOnlyWhatItNeeds() {
        String huge = "INSERT INTO t VALUES " + "(1),\n".repeat(2_000_000) + "(2)";

        assertEquals("INSERT INTO t VALUES (1), (1),…", statement(huge).excerpt(31));
    }

    @Test
    void excerptRejectsNonPositiveLengths() {
        assertThrows(IllegalArgumentException.class, () -> statement("SELECT 1").excerpt(0));
    }

    @Test
    void delegatesClassification() {
        SqlStatement concurrent = statement("CREATE INDEX CONCURRENTLY i ON t (a)");
        SqlStatement plain = statement("CREATE INDEX i ON t (a)");

        assertEquals(Optional.of("CREATE INDEX CONCURRENTLY cannot run inside a transaction block"),
                concurrent.nonTransactionalReason());
        assertFalse(concurrent.isTransactional());
        assertTrue(plain.isTransactional());
    }
}
