package io.migrascope.core.tool.supabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.migrascope.core.sql.SqlSyntaxException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statements the Supabase CLI stores, by {@code pkg/parser.SplitAndTrim}: its tokenizer's
 * pieces (every case of supabase/cli {@code pkg/parser/state_test.go} that is valid SQL, input
 * being the pieces joined) with {@code strings.TrimRight(";")} and {@code strings.TrimSpace}
 * applied and empty pieces dropped. SupabaseInteropTest checks the same rules against the real CLI.
 */
class SupabaseStatementsTest {

    static Stream<Arguments> supabaseParserCases() {
        return Stream.of(
                Arguments.of("line comment after separator", "END;-- comment", List.of("END", "-- comment")),
                Arguments.of("line comment before separator", "SELECT --; 1", List.of("SELECT --; 1")),
                Arguments.of("comment not started", "- ;END", List.of("-", "END")),
                Arguments.of("line comment between lines", "-- /* \n; */ END", List.of("-- /*", "*/ END")),
                Arguments.of("block comment holds separator", "SELECT /* ; */ 1;", List.of("SELECT /* ; */ 1")),
                Arguments.of("nested block comment", "SELECT /*; /*;*/ ;*/ 1", List.of("SELECT /*; /*;*/ ;*/ 1")),
                Arguments.of("block comment not started", "/ * ; */ END", List.of("/ *", "*/ END")),
                Arguments.of("separators without spaces", ";END;;", List.of("END")),
                Arguments.of("separator between spaces", "BEGIN   ;  END", List.of("BEGIN", "END")),
                Arguments.of("named dollar tag", "$tag$ any ; string$tag$", List.of("$tag$ any ; string$tag$")),
                Arguments.of("anonymous dollar tag", "$$\"Dane's horse\"$$", List.of("$$\"Dane's horse\"$$")),
                Arguments.of("single quote escapes separator", "SELECT ';' 1", List.of("SELECT ';' 1")),
                Arguments.of("doubled single quote", "SELECT ';'';' 1", List.of("SELECT ';'';' 1")),
                Arguments.of("double quote escapes separator", "CREATE POLICY \"cats;dogs\" on cats_dogs; END",
                        List.of("CREATE POLICY \"cats;dogs\" on cats_dogs", "END")),
                Arguments.of("doubled double quote", "CREATE POLICY \"pet\"\"name\" on pets; END",
                        List.of("CREATE POLICY \"pet\"\"name\" on pets", "END")),
                Arguments.of("parentheses keep separators",
                        "CREATE RULE notify_me AS ON UPDATE TO mytable DO (NOTIFY mytable; SELECT \"1\");SELECT 1",
                        List.of("CREATE RULE notify_me AS ON UPDATE TO mytable DO (NOTIFY mytable; SELECT \"1\")",
                                "SELECT 1")),
                Arguments.of("BEGIN ATOMIC body",
                        "CREATE FUNCTION add(a integer, b integer) RETURNS integer\nLANGUAGE SQL\nIMMUTABLE STRICT"
                                + " PARALLEL SAFE\nRETURNS NULL ON NULL INPUT\nBEGIN ATOMIC\n\tSELECT 'add';\n\tSELECT"
                                + " a + b;\nEND;",
                        List.of("CREATE FUNCTION add(a integer, b integer) RETURNS integer\nLANGUAGE SQL\nIMMUTABLE"
                                + " STRICT PARALLEL SAFE\nRETURNS NULL ON NULL INPUT\nBEGIN ATOMIC\n\tSELECT 'add';\n\t"
                                + "SELECT a + b;\nEND")),
                Arguments.of("atomic in a table name", "create table public.atomic_test (id int);\nselect 1;",
                        List.of("create table public.atomic_test (id int)", "select 1")),
                Arguments.of("plpgsql body with END;",
                        "CREATE OR REPLACE FUNCTION public.my_function_atomic(p_id uuid)\nRETURNS void\nLANGUAGE"
                                + " plpgsql\nAS $$\nBEGIN\n  RAISE NOTICE 'hello';\nEND;\n$$;\nGRANT EXECUTE ON FUNCTION"
                                + " public.my_function_atomic(uuid) TO authenticated;",
                        List.of("CREATE OR REPLACE FUNCTION public.my_function_atomic(p_id uuid)\nRETURNS void\n"
                                        + "LANGUAGE plpgsql\nAS $$\nBEGIN\n  RAISE NOTICE 'hello';\nEND;\n$$",
                                "GRANT EXECUTE ON FUNCTION public.my_function_atomic(uuid) TO authenticated")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supabaseParserCases")
    void splitsLikeSupabasesParser(String name, String sql, List<String> stored) throws SqlSyntaxException {
        assertEquals(stored, SupabaseStatements.split(sql));
    }

    @Test
    void aCommentBeforeAStatementIsStoredWithIt() throws SqlSyntaxException {
        String file = "-- users\ncreate table users (id int);\n\n-- orders\ncreate table orders (id int);\n";
        assertEquals(List.of("-- users\ncreate table users (id int)", "-- orders\ncreate table orders (id int)"),
                SupabaseStatements.split(file));
    }

    @Test
    void aCommentAfterTheLastSemicolonIsAStatementOfItsOwn() throws SqlSyntaxException {
        assertEquals(List.of("select 1", "-- the end"), SupabaseStatements.split("select 1;\n-- the end\n"));
    }

    @Test
    void aCommentEndingInASemicolonLosesItLikeTrimRight() throws SqlSyntaxException {
        assertEquals(List.of("select 1", "-- done"), SupabaseStatements.split("select 1;\n-- done;"));
    }

    @Test
    void aByteOrderMarkStaysOnTheFirstStatement() throws SqlSyntaxException {
        // Go's TrimSpace does not treat U+FEFF as space, and the CLI reads the raw bytes.
        assertEquals(List.of("\uFEFF\ncreate table a (id int)", "select 1"),
                SupabaseStatements.split("\uFEFF\ncreate table a (id int);\r\nselect 1;\r\n"));
    }

    @Test
    void trimsWhatGoTrimsNotWhatJavaStrips() throws SqlSyntaxException {
        // U+00A0 is space to Go's unicode.IsSpace but not to Java's strip(); U+001F is the reverse.
        assertEquals(List.of("select 1", "\u001Fselect 2"),
                SupabaseStatements.split("\u00A0select 1\u00A0;\u001Fselect 2"));
    }

    @Test
    void aFileThatNeverClosesAQuoteCannotBeSplit() {
        assertThrows(SqlSyntaxException.class, () -> SupabaseStatements.split("select 'open;\n"));
    }

    @Test
    void theDigestTellsStatementListsApartButNotTheirLayoutBetweenStatements() throws SqlSyntaxException {
        String a = SupabaseStatements.digest(SupabaseStatements.split("select 1;\nselect 2;"));
        String sameStatements = SupabaseStatements.digest(SupabaseStatements.split("\n\nselect 1 ;\n\n\nselect 2;\n"));
        String joined = SupabaseStatements.digest(List.of("select 1select 2"));
        assertEquals(a, sameStatements);
        assertNotEquals(a, joined, "statement boundaries are part of the fingerprint");
    }

    @Test
    void normalisingIgnoresLineEndingsAndTrailingSpaceInsideStatements() throws SqlSyntaxException {
        List<String> stored = List.of("create table a (\n  id int\n)");
        List<String> crlf = SupabaseStatements.split("create table a (  \r\n  id int\r\n\r\n);\r\n");
        assertNotEquals(stored, crlf);
        assertEquals(SupabaseStatements.normalized(stored), SupabaseStatements.normalized(crlf));
        assertNotEquals(SupabaseStatements.normalized(stored),
                SupabaseStatements.normalized(List.of("create table a (\n  id bigint\n)")));
    }
}
