package io.migrascope.core.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlLexerTest {

    private static List<String> describe(String sql) throws SqlSyntaxException {
        return SqlLexer.tokenize(sql).stream().map(t -> t.type() + " " + t.text()).toList();
    }

    @Test
    void tokenizesEveryKind() throws SqlSyntaxException {
        assertEquals(List.of(
                "WORD SELECT", "QUOTED_IDENTIFIER \"Col\"", "COMMA ,", "STRING E'x'", "COMMA ,", "BIT_STRING B'01'",
                "COMMA ,", "DOLLAR_STRING $q$body$q$", "COMMA ,", "NUMBER 1.5e-3", "OPERATOR +", "PARAMETER $1",
                "TYPECAST ::", "WORD int", "LEFT_BRACKET [", "NUMBER 1", "COLON :", "NUMBER 2", "RIGHT_BRACKET ]",
                "LINE_COMMENT -- note", "WORD FROM", "WORD s", "DOT .", "WORD t", "BLOCK_COMMENT /* c /* n */ */",
                "LEFT_PAREN (", "RIGHT_PAREN )", "SEMICOLON ;", "OTHER \\"),
                describe("SELECT \"Col\", E'x', B'01', $q$body$q$, 1.5e-3+$1::int[1:2] -- note\n"
                        + "FROM s.t /* c /* n */ */ (); \\"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a=-1             | WORD a,OPERATOR =,OPERATOR -,NUMBER 1
            a@-1             | WORD a,OPERATOR @-,NUMBER 1
            a<>b             | WORD a,OPERATOR <>,WORD b
            a := b => c      | WORD a,OPERATOR :=,WORD b,OPERATOR =>,WORD c
            1..10            | NUMBER 1,OPERATOR ..,NUMBER 10
            .5 + 0x1F + 1_000 | NUMBER .5,OPERATOR +,NUMBER 0x1F,OPERATOR +,NUMBER 1_000
            a*/*c*/b         | WORD a,OPERATOR *,BLOCK_COMMENT /*c*/,WORD b
            x$y$z $9         | WORD x$y$z,PARAMETER $9
            u&x              | WORD u,OPERATOR &,WORD x
            ex'y'            | WORD ex,STRING 'y'
            """)
    void splitsOperatorsAndWordsLikeTheServer(String sql, String expected) throws SqlSyntaxException {
        assertEquals(List.of(expected.split(",")), describe(sql));
    }

    @Test
    void recordsPositions() throws SqlSyntaxException {
        List<SqlToken> tokens = SqlLexer.tokenize("\uFEFFSELECT\r\n  x,\n\t'😀' y");

        SqlToken x = tokens.get(1);
        assertEquals(2, x.line());
        assertEquals(3, x.column());
        assertEquals(11, x.startOffset());
        assertEquals(12, x.endOffset());
        SqlToken y = tokens.get(4);
        assertEquals(3, y.line());
        assertEquals(6, y.column());
    }

    @Test
    void isLazyAndStopsAtTheEnd() throws SqlSyntaxException {
        SqlLexer lexer = new SqlLexer("VACUUM; SELECT 'never closed");

        assertTrue(lexer.next().isWord("vacuum"));
        assertTrue(lexer.next().is(TokenType.SEMICOLON));
        assertTrue(lexer.next().isWord("select"));
        assertTrue(lexer.hasNext());
        assertThrows(SqlSyntaxException.class, lexer::next);

        SqlLexer empty = new SqlLexer("  \n ");
        assertFalse(empty.hasNext());
        assertThrows(NoSuchElementException.class, empty::next);
    }

    @Test
    void matchesKeywordsByAsciiCaseOnly() throws SqlSyntaxException {
        List<SqlToken> tokens = SqlLexer.tokenize("CoNcUrReNtLy \"concurrently\" \u212Aey");

        assertTrue(tokens.get(0).isWord("concurrently"));
        assertFalse(tokens.get(1).isWord("concurrently"));
        assertFalse(tokens.get(2).isWord("key"), "Kelvin sign is not folded by the server");
        assertTrue(tokens.get(0).isAnyWord("x", "CONCURRENTLY"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            MyTable                  | mytable
            "MyTable"                | MyTable
            "a""b"                   | a"b
            U&"d\\0061t\\+000061"    | data
            Größe                    | größe
            """)
    void decodesIdentifierNames(String sql, String expected) throws SqlSyntaxException {
        assertEquals(expected, SqlLexer.tokenize(sql).get(0).identifierName());
    }

    @Test
    void truncatesIdentifiersToSixtyThreeBytes() throws SqlSyntaxException {
        String longName = "a".repeat(70);
        String multiByte = "é".repeat(40); // 80 bytes; 31 characters fit in 63 bytes

        assertEquals("a".repeat(63), SqlLexer.tokenize(longName).get(0).identifierName());
        assertEquals("é".repeat(31), SqlLexer.tokenize('"' + multiByte + '"').get(0).identifierName());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            'it''s'                   | it's
            'a\\b'                    | a\\b
            E'it\\'s\\n'              | `it's\n`
            E'\\x41\\101\\u00e9\\303\\251' | AAéé
            N'x'                      | x
            U&'\\00e9\\\\'            | é\\
            $t$a'b$$c$t$              | a'b$$c
            B'0101'                   | 0101
            """)
    void decodesStringValues(String sql, String expected) throws SqlSyntaxException {
        assertEquals(expected, SqlLexer.tokenize(sql).get(0).stringValue());
    }

    @Test
    void refusesToDecodeTheWrongKind() throws SqlSyntaxException {
        SqlToken number = SqlLexer.tokenize("42").get(0);

        assertThrows(IllegalStateException.class, number::identifierName);
        assertThrows(IllegalStateException.class, number::stringValue);
    }

    @Test
    void tokensAndWhitespaceCoverTheInput() throws SqlSyntaxException {
        String sql = "\uFEFFSELECT $$x$$ , e'\\'' -- c\r\n/* a */ FROM\f\u000Bt;";
        int expectedStart = 0;
        for (SqlToken t : SqlLexer.tokenize(sql)) {
            assertTrue(sql.substring(expectedStart, t.startOffset()).chars().allMatch(c -> SqlLexer.isWhitespace((char) c)));
            assertEquals(t.text(), sql.substring(t.startOffset(), t.endOffset()));
            expectedStart = t.endOffset();
        }
        assertEquals(sql.length(), expectedStart);
    }
}
