package io.migrascope.core.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class SqlSplitterPropertiesTest {

    /** Characters that break naive splitters, to be hidden inside quoted constructs. */
    private static final String NASTY = ";'\"$-/*\\\n\r\t ()abEU&é€\uFEFF";
    private static final Set<String> BODY_KEYWORDS = Set.of("begin", "atomic", "case", "end");

    @Property
    void splitReturnsExactlyTheGeneratedStatements(
            @ForAll("leadIns") String leadIn,
            @ForAll("statementLists") List<String> statements,
            @ForAll("separatorLists") List<String> separators,
            @ForAll boolean terminateLast) throws SqlSyntaxException {
        StringBuilder sql = new StringBuilder(leadIn);
        for (int i = 0; i < statements.size(); i++) {
            sql.append(statements.get(i));
            if (i < statements.size() - 1 || terminateLast) {
                sql.append(separators.get(i % separators.size()));
            }
        }
        String text = sql.toString();

        List<SqlStatement> split = SqlSplitter.split(text);

        assertEquals(statements, split.stream().map(SqlStatement::text).toList(), text);
        assertConsistent(text, split);
    }

    @Property
    void splitOnlyEverThrowsSyntaxErrors(@ForAll @Chars({';', '\'', '"', '$', '-', '/', '*', '\\', '\n', '\r', ' ',
            '(', ')', 'a', 'E', 'U', '&', '1', '\uFEFF'}) @StringLength(max = 80) String sql) {
        try {
            assertConsistent(sql, SqlSplitter.split(sql));
        } catch (SqlSyntaxException e) {
            assertTrue(e.line() >= 1 && e.column() >= 1 && e.offset() >= 0 && e.offset() < sql.length(), e::getMessage);
        }
        StatementClassifier.nonTransactionalReason(sql); // must not throw either
    }

    @Property
    void splitCopesWithAnyText(@ForAll String sql) {
        try {
            assertConsistent(sql, SqlSplitter.split(sql));
        } catch (SqlSyntaxException e) {
            assertTrue(e.offset() < sql.length());
        }
        StatementClassifier.nonTransactionalReason(sql);
    }

    @Property
    void tokensAndWhitespaceCoverTheInput(@ForAll("statementLists") List<String> statements) throws SqlSyntaxException {
        String sql = String.join(";\n", statements);
        int covered = 0;
        for (SqlToken t : SqlLexer.tokenize(sql)) {
            for (int i = covered; i < t.startOffset(); i++) {
                assertTrue(SqlLexer.isWhitespace(sql.charAt(i)), sql);
            }
            covered = t.endOffset();
        }
        for (int i = covered; i < sql.length(); i++) {
            assertTrue(SqlLexer.isWhitespace(sql.charAt(i)), sql);
        }
    }

    private static void assertConsistent(String sql, List<SqlStatement> statements) {
        int previousEnd = 0;
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement s = statements.get(i);
            assertEquals(i + 1, s.index());
            assertTrue(s.startOffset() >= previousEnd && s.startOffset() < s.endOffset());
            assertEquals(s.text(), sql.substring(s.startOffset(), s.endOffset()));
            assertFalse(s.text().isEmpty());
            assertFalse(SqlLexer.isWhitespace(s.text().charAt(0)));
            assertFalse(SqlLexer.isWhitespace(s.text().charAt(s.text().length() - 1)));
            assertEquals(lineOf(sql, s.startOffset()), s.startLine());
            previousEnd = s.endOffset();
        }
    }

    private static int lineOf(String sql, int offset) {
        String before = sql.substring(0, offset).replace("\r\n", "\n").replace('\r', '\n');
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    @Provide
    Arbitrary<String> leadIns() {
        return Arbitraries.of("", "\uFEFF", "-- header; 'x\n", "/* a /* b; */ c */ ", "\r\n\r\n", ";\n", " \t");
    }

    @Provide
    Arbitrary<List<String>> separatorLists() {
        return Arbitraries.of(";", ";\n", "; ", ";\r\n", ";\n-- note ; 'x\n", "; /* ; */\n", ";\n;\n", " ;\t")
                .list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<String>> statementLists() {
        Arbitrary<String> statement = Combinators.combine(word(), fragment().list().ofMaxSize(6), token())
                .as((first, middle, last) -> first + middle.stream().map(f -> " " + f).collect(Collectors.joining())
                        + " " + last);
        return statement.list().ofMaxSize(6);
    }

    /** A token or comment that may hide semicolons. */
    private Arbitrary<String> fragment() {
        return Arbitraries.oneOf(token(), blockComment(), lineComment(), parenthesised());
    }

    /** A non-comment token, so that statement text starts and ends exactly where the fragment does. */
    private Arbitrary<String> token() {
        return Arbitraries.oneOf(word(), number(), operator(), standardString(), escapeString(), prefixedString(),
                quotedIdentifier(), dollarString(), Arbitraries.of("$1", "$23", "a$b$c", "x$$", "::int", "[1:2]"));
    }

    private Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1).ofMaxLength(8)
                .filter(w -> !BODY_KEYWORDS.contains(w));
    }

    private Arbitrary<String> number() {
        return Arbitraries.of("0", "42", "1.5", ".5e-3", "0x1F", "1_000");
    }

    private Arbitrary<String> operator() {
        return Arbitraries.of("+", "-", "*", "/", "=", "<>", "||", "->>", "@>", ",", ".");
    }

    private Arbitrary<String> nasty() {
        return Arbitraries.strings().withChars(NASTY.toCharArray()).ofMaxLength(12);
    }

    private Arbitrary<String> standardString() {
        return nasty().map(s -> "'" + s.replace("'", "''") + "'");
    }

    private Arbitrary<String> escapeString() {
        return nasty().map(s -> "E'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'");
    }

    private Arbitrary<String> prefixedString() {
        return Combinators.combine(Arbitraries.of("N'", "U&'", "B'", "X'", "e'", "n'"), nasty())
                .as((prefix, s) -> {
                    String body = prefix.startsWith("e") ? s.replace("\\", "\\\\") : s;
                    return prefix + body.replace("'", "''") + "'";
                });
    }

    private Arbitrary<String> quotedIdentifier() {
        return Combinators.combine(Arbitraries.of("\"", "U&\""), nasty().filter(s -> !s.isEmpty()))
                .as((prefix, s) -> prefix + s.replace("\"", "\"\"") + "\"");
    }

    private Arbitrary<String> dollarString() {
        Arbitrary<String> content = Arbitraries.oneOf(nasty(), Arbitraries.of("$$;$$", "$x$ ; $x$", "$", "$1"));
        return Combinators.combine(Arbitraries.of("$$", "$a$", "$fn$", "$x_1$", "$ÄÖ$"), content.list().ofMaxSize(3))
                .as((delimiter, parts) -> delimiter + String.join("", parts) + delimiter)
                .filter(SqlSplitterPropertiesTest::closesOnlyAtTheEnd);
    }

    /** The server closes a dollar quote at the first occurrence of its delimiter, so the generator must too. */
    private static boolean closesOnlyAtTheEnd(String quoted) {
        String delimiter = quoted.substring(0, quoted.indexOf('$', 1) + 1);
        return quoted.indexOf(delimiter, delimiter.length()) == quoted.length() - delimiter.length();
    }

    private Arbitrary<String> commentText() {
        return Arbitraries.strings().withChars(NASTY.replace("*", "").replace("/", "").toCharArray()).ofMaxLength(10);
    }

    private Arbitrary<String> blockComment() {
        return Combinators.combine(commentText(), commentText(), Arbitraries.of(true, false), commentText())
                .as((a, b, nested, c) -> "/*" + a + (nested ? "/*" + b + "*/" : "") + c + "*/");
    }

    private Arbitrary<String> lineComment() {
        return commentText().map(s -> "--" + s.replace("\n", " ").replace("\r", " ") + "\n");
    }

    private Arbitrary<String> parenthesised() {
        return Combinators.combine(word(), token(), word())
                .as((a, b, c) -> "(" + a + " ; " + b + " (" + c + "; " + c + "))");
    }

    @Property(tries = 200)
    void beginAtomicBodiesStayWhole(@ForAll("statementLists") List<String> bodyStatements) throws SqlSyntaxException {
        List<String> body = new ArrayList<>(bodyStatements);
        body.add("select case when x then 1 end");
        String function = "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC "
                + body.stream().map(s -> s + ";\n").collect(Collectors.joining()) + "END";

        List<SqlStatement> split = SqlSplitter.split(function + ";\nSELECT 1;");

        assertEquals(List.of(function, "SELECT 1"), split.stream().map(SqlStatement::text).toList());
    }
}
