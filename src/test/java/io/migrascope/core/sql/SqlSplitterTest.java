package io.migrascope.core.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqlSplitterTest {

    static Stream<Arguments> nastyInputs() {
        return Stream.of(
                args("plain", "SELECT 1; SELECT 2;", "SELECT 1", "SELECT 2"),
                args("no trailing semicolon", "SELECT 1;\nSELECT 2", "SELECT 1", "SELECT 2"),
                args("single quotes", "SELECT 'a;b'; SELECT 'it''s; ok'", "SELECT 'a;b'", "SELECT 'it''s; ok'"),
                args("backslash is plain in standard strings", "SELECT 'a\\'; SELECT 2", "SELECT 'a\\'", "SELECT 2"),
                args("E string with escaped quote", "SELECT E'\\';'; SELECT 2", "SELECT E'\\';'", "SELECT 2"),
                args("e string with escaped backslash", "SELECT e'\\\\'; SELECT 2", "SELECT e'\\\\'", "SELECT 2"),
                args("E string with doubled quote", "SELECT E'x'';y'; SELECT 2", "SELECT E'x'';y'", "SELECT 2"),
                args("word ending in e is not a prefix", "SELECT some'x;y'; SELECT 2", "SELECT some'x;y'", "SELECT 2"),
                args("U& string", "SELECT U&'d;\\0061'; SELECT 2", "SELECT U&'d;\\0061'", "SELECT 2"),
                args("U& string backslash does not escape quote", "SELECT U&'a\\'; SELECT 2",
                        "SELECT U&'a\\'", "SELECT 2"),
                args("U& identifier", "SELECT U&\"a;b\" FROM t; SELECT 2", "SELECT U&\"a;b\" FROM t", "SELECT 2"),
                args("N string", "SELECT N'a;b'; SELECT 2", "SELECT N'a;b'", "SELECT 2"),
                args("bit strings", "SELECT B'0;1', X'A;F'; SELECT 2", "SELECT B'0;1', X'A;F'", "SELECT 2"),
                args("quoted identifier", "SELECT \"a\"\";b\" FROM \"t;--\"; SELECT 2",
                        "SELECT \"a\"\";b\" FROM \"t;--\"", "SELECT 2"),
                args("dollar quote", "SELECT $$a;b$$; SELECT 2", "SELECT $$a;b$$", "SELECT 2"),
                args("$$ inside $tag$", "DO $fn$ BEGIN PERFORM $$;$$; END $fn$; SELECT 2",
                        "DO $fn$ BEGIN PERFORM $$;$$; END $fn$", "SELECT 2"),
                args("other tag inside tag", "SELECT $a$ $b$ ; $b$ $a$; SELECT 2", "SELECT $a$ $b$ ; $b$ $a$", "SELECT 2"),
                args("tags are case-sensitive", "SELECT $A$ ; $a$ ; $A$; SELECT 2", "SELECT $A$ ; $a$ ; $A$", "SELECT 2"),
                args("positional parameters", "PREPARE p AS SELECT $1, $2; EXECUTE p(1, 2)",
                        "PREPARE p AS SELECT $1, $2", "EXECUTE p(1, 2)"),
                args("dollar inside identifier", "SELECT a$b$c, x$y$ FROM t; SELECT 2",
                        "SELECT a$b$c, x$y$ FROM t", "SELECT 2"),
                args("lone dollar", "SELECT $ ; SELECT $x", "SELECT $", "SELECT $x"),
                args("line comment", "SELECT 1 -- it's; fine\n; SELECT 2", "SELECT 1", "SELECT 2"),
                args("line comment inside statement kept", "SELECT -- x;\n 1; SELECT 2", "SELECT -- x;\n 1", "SELECT 2"),
                args("nested block comment", "/* a /* b; */ c; */ SELECT 1; SELECT 2", "SELECT 1", "SELECT 2"),
                args("block comment with quotes", "SELECT /* it's \"; $$ */ 1; SELECT 2", "SELECT /* it's \"; $$ */ 1",
                        "SELECT 2"),
                args("operator ends at comment start", "SELECT 1 +--;\n 2; SELECT 3", "SELECT 1 +--;\n 2", "SELECT 3"),
                args("operator ends at block comment", "SELECT 2 */* c; */ 3; SELECT 4", "SELECT 2 */* c; */ 3", "SELECT 4"),
                args("string continuation", "SELECT 'a;'\n'b;'; SELECT 2", "SELECT 'a;'\n'b;'", "SELECT 2"),
                args("typecast and array slice", "SELECT '1'::int, a[1:2]; SELECT 2", "SELECT '1'::int, a[1:2]", "SELECT 2"),
                args("trailing comment before semicolon dropped", "SELECT 1 /* c */ ;", "SELECT 1"),
                args("comment-only file", "-- only a comment\n/* and ; another */\n"),
                args("empty statements", ";;\n ; -- x\n;"),
                args("empty file", ""),
                args("whitespace and comments between statements", "SELECT 1; -- trailing\n/* x */", "SELECT 1"),
                args("CRLF", "SELECT 1;\r\nSELECT\r\n  2;\r\n", "SELECT 1", "SELECT\r\n  2"),
                args("BOM", "\uFEFFSELECT 1;\nSELECT 2;", "SELECT 1", "SELECT 2"),
                args("stray close paren", "SELECT 1); SELECT 2", "SELECT 1)", "SELECT 2"),
                args("CREATE RULE with several actions",
                        "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));"
                                + "\nSELECT 2",
                        "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))",
                        "SELECT 2"),
                args("BEGIN ATOMIC", """
                        CREATE FUNCTION f() RETURNS int LANGUAGE sql
                        BEGIN ATOMIC
                          SELECT 1;
                          SELECT 2;
                        END;
                        SELECT 3;""", """
                        CREATE FUNCTION f() RETURNS int LANGUAGE sql
                        BEGIN ATOMIC
                          SELECT 1;
                          SELECT 2;
                        END""", "SELECT 3"),
                args("BEGIN ATOMIC with CASE", """
                        create or replace procedure p(x int) language sql
                        begin /* c */ atomic
                          insert into t values (case when x > 0 then 1 else 2 end);
                          select case x when 1 then 'a;' end;
                        end;
                        select 3""", """
                        create or replace procedure p(x int) language sql
                        begin /* c */ atomic
                          insert into t values (case when x > 0 then 1 else 2 end);
                          select case x when 1 then 'a;' end;
                        end""", "select 3"),
                args("BEGIN ATOMIC in CREATE SCHEMA", "CREATE SCHEMA s CREATE FUNCTION f() RETURNS int "
                        + "BEGIN ATOMIC SELECT 1; END; SELECT 2",
                        "CREATE SCHEMA s CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; END", "SELECT 2"),
                args("plain BEGIN is not a body", "CREATE TABLE t (begin int); BEGIN; SELECT 1; END;",
                        "CREATE TABLE t (begin int)", "BEGIN", "SELECT 1", "END"),
                args("RETURN body", "CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1; SELECT 2",
                        "CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1", "SELECT 2"),
                args("plpgsql body", """
                        CREATE FUNCTION g() RETURNS trigger AS $body$
                        BEGIN
                          RAISE NOTICE 'x;';
                          RETURN NEW;
                        END;
                        $body$ LANGUAGE plpgsql;
                        SELECT 2;""", """
                        CREATE FUNCTION g() RETURNS trigger AS $body$
                        BEGIN
                          RAISE NOTICE 'x;';
                          RETURN NEW;
                        END;
                        $body$ LANGUAGE plpgsql""", "SELECT 2"),
                args("psql backslash is just a character", "SELECT 1 \\gset\nSELECT 2;", "SELECT 1 \\gset\nSELECT 2"),
                args("non-ASCII identifiers", "SELECT größe FROM 表; SELECT '😀;'", "SELECT größe FROM 表",
                        "SELECT '😀;'"));
    }

    private static Arguments args(String name, String sql, String... expected) {
        return Arguments.of(name, sql, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nastyInputs")
    void splitsLikePsql(String name, String sql, List<String> expected) throws SqlSyntaxException {
        List<SqlStatement> statements = SqlSplitter.split(sql);

        assertEquals(expected, statements.stream().map(SqlStatement::text).toList());
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement s = statements.get(i);
            assertEquals(i + 1, s.index());
            assertEquals(s.text(), sql.substring(s.startOffset(), s.endOffset()));
        }
    }

    @Test
    void reportsWhereEachStatementStarts() throws SqlSyntaxException {
        String sql = "-- header\n\n/* block\n comment */  SELECT 1;\r\n\r\n  INSERT INTO t\n VALUES (1) -- tail\n;";

        List<SqlStatement> statements = SqlSplitter.split(sql);

        assertEquals(2, statements.size());
        SqlStatement first = statements.get(0);
        assertEquals(4, first.startLine());
        assertEquals(sql.indexOf("SELECT"), first.startOffset());
        assertEquals(sql.indexOf("SELECT") + "SELECT 1".length(), first.endOffset());
        SqlStatement second = statements.get(1);
        assertEquals(2, second.index());
        assertEquals(6, second.startLine());
        assertEquals("INSERT INTO t\n VALUES (1)", second.text());
        assertEquals(sql.indexOf(" -- tail"), second.endOffset());
    }

    @Test
    void countsLoneCarriageReturnsAsLineBreaks() throws SqlSyntaxException {
        List<SqlStatement> statements = SqlSplitter.split("SELECT 1;\rSELECT 2;\r\n\nSELECT 3");

        assertEquals(List.of(1, 2, 4), statements.stream().map(SqlStatement::startLine).toList());
    }

    static Stream<Arguments> unterminated() {
        return Stream.of(
                Arguments.of("SELECT 'abc", "unterminated quoted string starting at line 1, column 8", 1, 8),
                Arguments.of("SELECT 1;\nSELECT 'it''s", "unterminated quoted string starting at line 2, column 8", 2, 8),
                Arguments.of("SELECT E'abc\\'", "unterminated quoted string E'...' starting at line 1, column 8", 1, 8),
                Arguments.of("SELECT U&'abc", "unterminated quoted string U&'...' starting at line 1, column 8", 1, 8),
                Arguments.of("SELECT N'abc", "unterminated quoted string starting at line 1, column 8", 1, 8),
                Arguments.of("SELECT B'01", "unterminated bit string literal starting at line 1, column 8", 1, 8),
                Arguments.of("SELECT X'0F", "unterminated hexadecimal string literal starting at line 1, column 8", 1, 8),
                Arguments.of("SELECT \"a\"\"b", "unterminated quoted identifier starting at line 1, column 8", 1, 8),
                Arguments.of("SELECT U&\"ab", "unterminated quoted identifier starting at line 1, column 8", 1, 8),
                Arguments.of("SELECT 1;\n\n\n\n\n\n\n\n\n\n\nDO   $fn$ BEGIN END $$",
                        "unterminated dollar-quoted string $fn$ starting at line 12, column 6", 12, 6),
                Arguments.of("SELECT $$ body", "unterminated dollar-quoted string $$ starting at line 1, column 8", 1, 8),
                Arguments.of("/* a /* b */ SELECT 1;", "unterminated /* comment starting at line 1, column 1", 1, 1),
                Arguments.of("SELECT 1;\r\n\r\n  /* x", "unterminated /* comment starting at line 3, column 3", 3, 3),
                Arguments.of("\uFEFFSELECT 'x", "unterminated quoted string starting at line 1, column 8", 1, 8),
                Arguments.of("SELECT\t'x", "unterminated quoted string starting at line 1, column 8", 1, 8),
                Arguments.of("SELECT '😀', 'x", "unterminated quoted string starting at line 1, column 13", 1, 13),
                Arguments.of("SELECT (1;\nSELECT 2;", "unclosed parenthesis starting at line 1, column 8", 1, 8),
                Arguments.of("SELECT 1;\nCREATE FUNCTION f() RETURNS int\n  BEGIN ATOMIC SELECT 1;",
                        "unterminated BEGIN ATOMIC body (missing END) starting at line 3, column 3", 3, 3));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("unterminated")
    void rejectsUnterminatedConstructs(String sql, String message, int line, int column) {
        SqlSyntaxException e = assertThrows(SqlSyntaxException.class, () -> SqlSplitter.split(sql));

        assertEquals(message, e.getMessage());
        assertEquals(line, e.line());
        assertEquals(column, e.column());
    }

    @Test
    void reportsTheOffsetOfTheUnterminatedConstruct() {
        String sql = "SELECT 1;\nSELECT $x$ oops";

        SqlSyntaxException e = assertThrows(SqlSyntaxException.class, () -> SqlSplitter.split(sql));

        assertEquals(sql.indexOf("$x$"), e.offset());
    }

    @Test
    void splitsAHundredThousandLineFileCompletely() throws SqlSyntaxException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.append("-- migration step ").append(i).append("; with a comment\n")
                    .append("INSERT INTO t (id, name, note) VALUES (").append(i).append(", 'name;").append(i).append("',\n")
                    .append("  E'esc\\'aped', \"Quoted;Col\", $$dollar; body$$);\n")
                    .append("/* block /* nested; */ */ UPDATE t SET a = a + 1\n")
                    .append("  WHERE id = ").append(i).append(";\n")
                    .append("CREATE FUNCTION f").append(i).append("() RETURNS int LANGUAGE sql\n")
                    .append("BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; END;\n")
                    .append("\n\n\n");
        }
        String sql = sb.toString();
        assertTrue(sql.lines().count() >= 100_000);
        // Speed is the benchmark's business (docs/benchmarks.md); here: a big file splits completely and right.
        List<SqlStatement> statements = SqlSplitter.split(sql);

        assertEquals(30_000, statements.size());
        assertEquals("UPDATE t SET a = a + 1\n  WHERE id = 9999", statements.get(29_998).text());
    }

    @Test
    void handlesPathologicalNestingWithoutRecursion() throws SqlSyntaxException {
        int depth = 200_000;
        String parens = "SELECT " + "(".repeat(depth) + "1" + ")".repeat(depth) + "; SELECT 2";
        String comments = "/*".repeat(depth) + "*/".repeat(depth) + " SELECT 3";
        String longLine = "SELECT " + "'a;' || ".repeat(depth) + "'z'";

        assertEquals(2, SqlSplitter.split(parens).size());
        assertEquals(List.of("SELECT 3"), SqlSplitter.split(comments).stream().map(SqlStatement::text).toList());
        assertEquals(1, SqlSplitter.split(longLine).size());
    }
}
