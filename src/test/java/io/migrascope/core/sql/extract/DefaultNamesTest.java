package io.migrascope.core.sql.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The port of makeObjectName and friends; the real server checks the same names in the Postgres tests. */
class DefaultNamesTest {

    @Test
    void joinsNamesAndLabel() {
        assertEquals("users_email_key", DefaultNames.makeObjectName("users", "email", "key"));
        assertEquals("users_pkey", DefaultNames.makeObjectName("users", null, "pkey"));
    }

    @Test
    void trimsTheLongerNameFirst() {
        String table = "a".repeat(40);
        String column = "b".repeat(30);
        // 63 - "_" - "_fkey" = 57 bytes for both names: the table gives up 13, then both give up alike.
        String name = DefaultNames.makeObjectName(table, column, "fkey");
        assertEquals("a".repeat(29) + "_" + "b".repeat(28) + "_fkey", name);
        assertEquals(63, name.length());
    }

    @Test
    void neverCutsACharacterInHalf() {
        String table = "é".repeat(40); // 80 bytes
        String name = DefaultNames.makeObjectName(table, null, "pkey");
        assertTrue(utf8(name) <= 63);
        assertEquals("é".repeat(29) + "_pkey", name); // 58 bytes allowed, 29 two-byte characters fit
    }

    @Test
    void indexColumnNamesAreMadeUnique() {
        assertEquals(List.of("lower", "expr", "a", "lower1", "expr1", "lower2"),
                DefaultNames.uniqueIndexColumnNames(List.of("lower", "expr", "a", "lower", "expr", "lower")));
    }

    @Test
    void columnListsAreJoinedWithUnderscores() {
        assertEquals("request_id_user_id", DefaultNames.joinColumnNames(List.of("request_id", "user_id")));
    }

    @Property
    void namesAlwaysFitNamedatalen(@ForAll @StringLength(min = 1, max = 70) String name1,
            @ForAll @StringLength(max = 70) String name2) {
        String name = DefaultNames.makeObjectName(name1, name2.isEmpty() ? null : name2, "check");
        assertTrue(utf8(name) <= 63, name);
        assertTrue(name.endsWith("_check"));
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
