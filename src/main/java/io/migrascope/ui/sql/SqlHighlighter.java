package io.migrascope.ui.sql;

import io.migrascope.core.sql.SqlLexer;
import io.migrascope.core.sql.SqlSyntaxException;
import io.migrascope.core.sql.SqlToken;
import io.migrascope.core.sql.TokenType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * PostgreSQL syntax highlighting from the core's own lexer, so the pane colours exactly the tokens
 * the server (and the splitter) sees: a {@code --} inside a string stays a string, a nested
 * {@code /* *}{@code /} comment ends where PostgreSQL ends it. Pure computation, safe on any thread:
 * the pane runs it in the background and applies the result in one {@code setStyleSpans}.
 *
 * <p>A dollar-quoted body after {@code AS} or {@code DO} is a function body, so its contents are
 * highlighted as SQL too (with {@link #DOLLAR_BODY} added); any other dollar quote is a string.
 */
public final class SqlHighlighter {
    public static final String KEYWORD = "sql-keyword";
    public static final String TYPE = "sql-type";
    public static final String STRING = "sql-string";
    public static final String DOLLAR_QUOTE = "sql-dollar-quote";
    public static final String DOLLAR_BODY = "sql-dollar-body";
    public static final String COMMENT = "sql-comment";
    public static final String NUMBER = "sql-number";
    public static final String QUOTED_IDENTIFIER = "sql-quoted-identifier";
    public static final String PARAMETER = "sql-parameter";
    public static final String OPERATOR = "sql-operator";
    public static final String PUNCTUATION = "sql-punctuation";
    /** From an unterminated quote or comment to the end: the file cannot be split there either. */
    public static final String UNTERMINATED = "sql-unterminated";

    /** Function bodies inside function bodies are rare; two levels keep a pathological file cheap. */
    private static final int MAX_NESTING = 2;

    private SqlHighlighter() {
    }

    /** Style classes for every character of {@code text}; whitespace gets none. */
    public static StyleSpans<Collection<String>> highlight(String text) {
        List<Span> spans = new ArrayList<>();
        collect(text, 0, List.of(), 0, spans);
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        for (Span s : spans) {
            if (s.end == s.start) {
                continue;
            }
            if (s.start > at) {
                builder.add(List.of(), s.start - at);
            }
            builder.add(s.classes, s.end - s.start);
            at = s.end;
        }
        // A builder needs at least one span, even for an empty text.
        builder.add(List.of(), text.length() - at);
        return builder.create();
    }

    /** The style classes at one character offset: for tests and tooltips. */
    public static Collection<String> classesAt(StyleSpans<Collection<String>> spans, int offset) {
        int position = 0;
        for (var span : spans) {
            if (offset < position + span.getLength()) {
                return span.getStyle();
            }
            position += span.getLength();
        }
        return List.of();
    }

    private record Span(int start, int end, List<String> classes) {
    }

    /** @return false when the text has an unterminated quote or comment (marked from there on) */
    private static boolean collect(String text, int base, List<String> extra, int depth, List<Span> out) {
        SqlLexer lexer = new SqlLexer(text);
        SqlToken previous = null;
        SqlToken beforePrevious = null;
        try {
            while (lexer.hasNext()) {
                SqlToken t = lexer.next();
                if (t.is(TokenType.DOLLAR_STRING) && depth < MAX_NESTING && opensBody(previous, beforePrevious)) {
                    dollarBody(t, base, extra, depth, out);
                } else {
                    String cls = styleClassOf(t);
                    if (cls != null) {
                        out.add(new Span(base + t.startOffset(), base + t.endOffset(), with(extra, cls)));
                    } else if (!extra.isEmpty()) {
                        out.add(new Span(base + t.startOffset(), base + t.endOffset(), extra));
                    }
                }
                if (!t.type().isComment()) {
                    beforePrevious = previous;
                    previous = t;
                }
            }
            return true;
        } catch (SqlSyntaxException e) {
            out.add(new Span(base + e.offset(), base + text.length(), with(extra, UNTERMINATED)));
            return false;
        }
    }

    /** {@code AS $$}, {@code DO $$} and {@code DO LANGUAGE plpgsql $$} start code, not text. */
    private static boolean opensBody(SqlToken previous, SqlToken beforePrevious) {
        if (previous == null) {
            return false;
        }
        if (previous.isAnyWord("as", "do")) {
            return true;
        }
        return beforePrevious != null && beforePrevious.isWord("language") && previous.is(TokenType.WORD);
    }

    private static void dollarBody(SqlToken t, int base, List<String> extra, int depth, List<Span> out) {
        String token = t.text();
        int delimiter = token.indexOf('$', 1) + 1;
        int start = base + t.startOffset();
        int end = base + t.endOffset();
        List<String> inBody = with(extra, DOLLAR_BODY);
        out.add(new Span(start, start + delimiter, with(extra, DOLLAR_QUOTE)));
        List<Span> body = new ArrayList<>();
        String bodyText = token.substring(delimiter, token.length() - delimiter);
        if (!collect(bodyText, start + delimiter, inBody, depth + 1, body)) {
            // Not SQL after all (the server never lexes a string's contents): show it as the string it is.
            body = List.of(new Span(start + delimiter, end - delimiter, with(inBody, STRING)));
        }
        int at = start + delimiter;
        for (Span s : body) {
            if (s.start > at) {
                out.add(new Span(at, s.start, inBody));
            }
            out.add(s);
            at = s.end;
        }
        if (end - delimiter > at) {
            out.add(new Span(at, end - delimiter, inBody));
        }
        out.add(new Span(end - delimiter, end, with(extra, DOLLAR_QUOTE)));
    }

    /** The style class of one token, or null for plain identifiers. */
    static String styleClassOf(SqlToken t) {
        return switch (t.type()) {
            case WORD -> SqlKeywords.isKeyword(t.text()) ? KEYWORD : SqlKeywords.isType(t.text()) ? TYPE : null;
            case STRING, BIT_STRING, DOLLAR_STRING -> STRING;
            case QUOTED_IDENTIFIER -> QUOTED_IDENTIFIER;
            case NUMBER -> NUMBER;
            case PARAMETER -> PARAMETER;
            case LINE_COMMENT, BLOCK_COMMENT -> COMMENT;
            case OPERATOR, TYPECAST -> OPERATOR;
            case LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET, COMMA, SEMICOLON, COLON, DOT -> PUNCTUATION;
            case OTHER -> null;
        };
    }

    private static List<String> with(List<String> extra, String cls) {
        if (extra.isEmpty()) {
            return List.of(cls);
        }
        List<String> all = new ArrayList<>(extra);
        all.add(cls);
        return List.copyOf(all);
    }
}
