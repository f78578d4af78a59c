package io.migrascope.core.tool.nodepgmigrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NodePgMigrateSqlTest {
    @Test
    void runsOnlyTheUpPartNeverTheDownPart() {
        String file = "-- Up Migration\nCREATE TABLE t (id int);\n-- Down Migration\nDROP TABLE t;\n";
        assertEquals("-- Up Migration\nCREATE TABLE t (id int);\n", NodePgMigrateSql.upPart(file));
    }

    @Test
    void aDownPartWrittenFirstIsSkippedToo() {
        String file = "-- Down Migration\nDROP TABLE t;\n-- Up Migration\nCREATE TABLE t (id int);\n";
        assertEquals("-- Up Migration\nCREATE TABLE t (id int);\n", NodePgMigrateSql.upPart(file));
    }

    @Test
    void markersAreMatchedAsTheToolsRegexMatchesThem() {
        // ^\s*--[\s-]*up\s+migration, case-insensitive, multi-line
        String file = "select 0;\n  ---  UP   MIGRATION here\nselect 1;\n--down migration\nselect 2;";
        assertEquals("  ---  UP   MIGRATION here\nselect 1;\n", NodePgMigrateSql.upPart(file));
        // \s* spans lines: the match (and so the up part) starts at the blank line, as in JavaScript
        assertEquals("\n-- Up Migration\nx", NodePgMigrateSql.upPart("select 0;\n\n-- Up Migration\nx"));
        assertFalse(NodePgMigrateSql.hasUpMarker("-- migrate:up\nselect 1;"), "dbmate's marker is not ours");
        assertFalse(NodePgMigrateSql.hasUpMarker("select 1; -- Up Migration"), "only at the start of a line");
    }

    @Test
    void aFileWithoutTheUpCommentRunsWhole() {
        String file = "CREATE TABLE t (id int);\n-- Down Migration\nDROP TABLE t;";
        assertEquals(file, NodePgMigrateSql.upPart(file), "node-pg-migrate runs the whole content as up");
        assertTrue(NodePgMigrateSql.hasUpMarker("-- Up Migration\n"));
    }
}
