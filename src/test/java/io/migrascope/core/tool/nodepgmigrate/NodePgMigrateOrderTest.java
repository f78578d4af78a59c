package io.migrascope.core.tool.nodepgmigrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodePgMigrateOrderTest {
    /**
     * The order node-pg-migrate 8.0.3 ran these files in (ids of pgmigrations after one
     * {@code node-pg-migrate up}); NodePgMigrateInteropTest checks the same list against the tool.
     */
    static final List<String> TOOL_ORDER = List.of(
            "nodigits.sql", "001_idx.sql", "2_idx.sql", "10_idx.sql", "20230101000000000_utc.sql",
            "1690000000000_x.sql", "1700000000000_a01.sql", "1700000000000_a1.sql", "1700000000000_a2.sql",
            "1700000000000_a10.sql", "1700000000000_ab.sql", "1700000000000_a_c.sql", "1700000000000_a.sql",
            "1700000000000_A.sql", "1700000000000_b.sql", "1700000000000_e.sql", "1700000000000_\u00e9.sql",
            "1700000000000_f.sql");

    @Test
    void sortsAsNodePgMigrateRanTheFiles() {
        List<String> shuffled = new ArrayList<>(TOOL_ORDER);
        Collections.shuffle(shuffled, new Random(7));
        shuffled.sort(NodePgMigrateOrder.INSTANCE);
        assertEquals(TOOL_ORDER, shuffled);
    }

    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource({
            // a 17-digit utc prefix of January 2023 is older than a 13-digit Date.now() of July 2023
            "20230101000000000_utc, 1690000000000_ms",
            // the same instant in both formats falls to the name
            "1672531200000_a, 20230101000000000_b",
            "1700000000000_z, 1700000000001_a",
            "1700000000000_add-2-columns, 1700000000000_add-10-columns",
    })
    void ordersByTheTimestampThenTheName(String earlier, String later) {
        assertTrue(NodePgMigrateOrder.INSTANCE.compare(earlier, later) < 0);
        assertTrue(NodePgMigrateOrder.INSTANCE.compare(later, earlier) > 0);
    }

    @Test
    void plainStringOrderWouldBeWrongWhenBothPrefixFormatsMeet() {
        String utcJanuary = "20230101000000000_utc";
        String msJuly = "1690000000000_ms";
        assertTrue(utcJanuary.compareTo(msJuly) > 0);
        assertTrue(NodePgMigrateOrder.INSTANCE.compare(utcJanuary, msJuly) < 0);
    }

    @Test
    void aSeventeenDigitPrefixIsMillisecondsOfItsUtcDate() {
        assertEquals(1672531200123L, NodePgMigrateOrder.timestamp("20230101000000123_x.js"));
        assertEquals(1700000000000L, NodePgMigrateOrder.timestamp("1700000000000_x.js"));
        assertEquals(42L, NodePgMigrateOrder.timestamp("042_x.js"));
        assertEquals(0L, NodePgMigrateOrder.timestamp("init.js"));
        assertFalse(NodePgMigrateOrder.hasTimestampPrefix("20231301000000000_bad_month.js"));
        assertTrue(NodePgMigrateOrder.hasTimestampPrefix("20231201000000000_ok.js"));
    }
}
