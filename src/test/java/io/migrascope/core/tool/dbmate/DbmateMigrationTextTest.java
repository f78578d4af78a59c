package io.migrascope.core.tool.dbmate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * dbmate's file parser ({@code pkg/dbmate/migration.go}) as the pinned dbmate 2.28.0 behaves; the
 * cases where its source and its binary differed were settled with the binary (DbmateInteropTest
 * runs the real one on the same texts).
 */
class DbmateMigrationTextTest {

    @Test
    void theUpBlockRunsFromItsLineToTheDownLineAndNeverIncludesTheDownBlock() {
        DbmateMigrationText parsed = DbmateMigrationText.parse(
                "-- create users\n\n-- migrate:up\ncreate table users (id int);\n\n-- migrate:down\ndrop table users;\n");
        assertNull(parsed.error());
        assertEquals("-- migrate:up\ncreate table users (id int);\n\n", parsed.up());
        assertTrue(parsed.transactional());
    }

    @ParameterizedTest(name = "[{0}] transactional: {1}")
    @CsvSource(delimiter = '|', value = {
            "-- migrate:up transaction:false|false",
            "--migrate:up transaction:false|false",
            "-- migrate:up   transaction:false   other:1|false",
            "-- migrate:up transaction:true|true",
            "-- migrate:up transaction: false|true",
            "-- migrate:up|true",
    })
    void theFirstLineOfTheUpBlockChoosesTheTransaction(String directive, boolean transactional) {
        DbmateMigrationText parsed = DbmateMigrationText.parse(directive + "\ncreate index concurrently i on t (c);\n"
                + "-- migrate:down\ndrop index i;\n");
        assertNull(parsed.error());
        assertEquals(transactional, parsed.transactional());
    }

    @Test
    void crlfFilesParseAsDbmateParsesThem() {
        DbmateMigrationText parsed = DbmateMigrationText.parse(
                "-- migrate:up transaction:false\r\ncreate table a (id int);\r\n-- migrate:down\r\ndrop table a;\r\n");
        assertNull(parsed.error());
        assertFalse(parsed.transactional());
        assertEquals("-- migrate:up transaction:false\r\ncreate table a (id int);\r\n", parsed.up());
    }

    @Test
    void aDownLineWithWordsAfterItStillEndsTheUpBlock() {
        // dbmate 2.28.0's down pattern has no end anchor (its older source had one).
        DbmateMigrationText parsed = DbmateMigrationText.parse(
                "-- migrate:up\ncreate table q (id int);\n-- migrate:down because reasons\ndrop table q;\n");
        assertNull(parsed.error());
        assertEquals("-- migrate:up\ncreate table q (id int);\n", parsed.up());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "create table a (id int);|dbmate requires each migration to define an up block with '-- migrate:up'",
            "-- migrate:up\\ncreate table a (id int);|dbmate requires each migration to define a down block with '-- migrate:down'",
            "-- migrate:down\\ndrop table a;\\n-- migrate:up\\ncreate table a (id int);|dbmate requires '-- migrate:up' to appear before '-- migrate:down'",
            "create type s as enum ('a');\\n-- migrate:up\\nselect 1;\\n-- migrate:down\\n|dbmate does not support statements preceding the '-- migrate:up' block",
            "\uFEFF-- migrate:up\\nselect 1;\\n-- migrate:down\\n|dbmate requires each migration to define an up block with '-- migrate:up'",
            "-- migrate:upgrade\\nselect 1;\\n-- migrate:down\\n|dbmate requires each migration to define an up block with '-- migrate:up'",
    })
    void refusesWhatDbmateRefusesInItsOwnWords(String text, String error) {
        assertEquals(error, DbmateMigrationText.parse(text.replace("\\n", "\n")).error());
    }

    @Test
    void commentsAndBlankLinesMayPrecedeTheUpBlock() {
        DbmateMigrationText parsed = DbmateMigrationText.parse("\n  -- why\n\t\n-- migrate:up\nselect 1;\n-- migrate:down\n");
        assertNull(parsed.error());
        assertFalse(parsed.upIsEmpty());
        assertTrue(DbmateMigrationText.parse("-- migrate:up\n\n\n-- migrate:down\n\n").upIsEmpty(),
                "dbmate new's template holds no SQL");
    }
}
