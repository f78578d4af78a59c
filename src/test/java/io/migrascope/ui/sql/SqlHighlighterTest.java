package io.migrascope.ui.sql;

import static io.migrascope.ui.sql.SqlHighlighter.classesAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** Highlighting at the view-model level: the style classes each character gets, no screen needed. */
class SqlHighlighterTest {

    private static Collection<String> at(String sql, String needle) {
        return at(sql, needle, 0);
    }

    private static Collection<String> at(String sql, String needle, int from) {
        int offset = sql.indexOf(needle, from);
        assertTrue(offset >= 0, needle + " not in " + sql);
        return classesAt(SqlHighlighter.highlight(sql), offset);
    }

    @Test
    void keywordsTypesNumbersAndQuotedIdentifiersGetTheirClasses() {
        String sql = "CREATE TABLE \"Order\" (id bigint PRIMARY KEY, qty integer DEFAULT 42);";
        assertEquals(List.of(SqlHighlighter.KEYWORD), at(sql, "CREATE"));
        assertEquals(List.of(SqlHighlighter.KEYWORD), at(sql, "PRIMARY"));
        assertEquals(List.of(SqlHighlighter.QUOTED_IDENTIFIER), at(sql, "\"Order\""));
        assertEquals(List.of(SqlHighlighter.TYPE), at(sql, "bigint"));
        assertEquals(List.of(SqlHighlighter.NUMBER), at(sql, "42"));
        assertEquals(List.of(), at(sql, "qty"), "a plain identifier is not coloured");
        assertEquals(List.of(SqlHighlighter.PUNCTUATION), at(sql, ";"));
    }

    @Test
    void stringsAndCommentsFollowTheServersLexerNotTheLooksOfTheText() {
        String sql = "-- a comment with SELECT in it\nSELECT 'it''s -- not a comment' /* outer /* nested */ still */ FROM t;";
        assertEquals(List.of(SqlHighlighter.COMMENT), at(sql, "SELECT in it"));
        assertEquals(List.of(SqlHighlighter.KEYWORD), at(sql, "SELECT", sql.indexOf('\n')));
        assertEquals(List.of(SqlHighlighter.STRING), at(sql, "-- not a comment"));
        assertEquals(List.of(SqlHighlighter.COMMENT), at(sql, "still"), "PostgreSQL nests block comments");
        assertEquals(List.of(SqlHighlighter.KEYWORD), at(sql, "FROM"));
    }

    @Test
    void aFunctionBodyIsHighlightedAsSqlInsideItsDollarQuotes() {
        String sql = "CREATE FUNCTION f() RETURNS trigger AS $fn$\nBEGIN\n  RETURN 'x';\nEND;\n$fn$ LANGUAGE plpgsql;";
        assertEquals(List.of(SqlHighlighter.DOLLAR_QUOTE), at(sql, "$fn$"));
        assertEquals(List.of(SqlHighlighter.DOLLAR_BODY, SqlHighlighter.KEYWORD), at(sql, "RETURN 'x'"));
        assertEquals(List.of(SqlHighlighter.DOLLAR_BODY, SqlHighlighter.STRING), at(sql, "'x'"));
        assertEquals(List.of(SqlHighlighter.DOLLAR_BODY), at(sql, "  RETURN"), "whitespace inside the body");
        assertEquals(List.of(SqlHighlighter.DOLLAR_QUOTE), at(sql, "$fn$ LANGUAGE"));
        assertEquals(List.of(SqlHighlighter.KEYWORD), at(sql, "LANGUAGE"));
    }

    @Test
    void aDollarQuotedValueThatIsNotABodyIsAString() {
        String sql = "COMMENT ON TABLE t IS $$Orders of the shop$$;";
        assertEquals(List.of(SqlHighlighter.STRING), at(sql, "Orders"));
        assertEquals(List.of(SqlHighlighter.STRING), at(sql, "of the"));
    }

    @Test
    void aDoBlockWhoseBodyIsNotSqlFallsBackToAString() {
        String sql = "DO $$ it's not valid SQL $$;";
        assertEquals(List.of(SqlHighlighter.DOLLAR_BODY, SqlHighlighter.STRING), at(sql, "not valid"));
    }

    @Test
    void anUnterminatedStringIsMarkedToTheEnd() {
        String sql = "SELECT 1;\nINSERT INTO t VALUES ('never closed);\n";
        StyleSpans<Collection<String>> spans = SqlHighlighter.highlight(sql);
        assertEquals(sql.length(), spans.length());
        assertEquals(List.of(SqlHighlighter.UNTERMINATED), classesAt(spans, sql.indexOf("'never")));
        assertEquals(List.of(SqlHighlighter.UNTERMINATED), classesAt(spans, sql.length() - 1));
        assertEquals(List.of(SqlHighlighter.KEYWORD), classesAt(spans, sql.indexOf("INSERT")));
    }

    @Test
    void spansCoverEveryCharacterIncludingAByteOrderMarkAndEmptyText() {
        assertEquals(0, SqlHighlighter.highlight("").length());
        String sql = "\uFEFFSELECT 1;\r\n";
        StyleSpans<Collection<String>> spans = SqlHighlighter.highlight(sql);
        assertEquals(sql.length(), spans.length());
        assertFalse(classesAt(spans, 0).contains(SqlHighlighter.KEYWORD));
        assertEquals(List.of(SqlHighlighter.KEYWORD), classesAt(spans, 1));
    }
}
