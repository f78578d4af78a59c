package io.migrascope.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Tokenizer for PostgreSQL SQL that mirrors the server's scanner ({@code src/backend/parser/scan.l})
 * closely enough that token boundaries — and therefore statement boundaries — agree with the server.
 * Whitespace (including a byte order mark) is skipped; comments are returned as tokens so callers can
 * decide whether they matter. Tokens are produced lazily, which lets a caller look at the first few
 * words of a long statement without scanning the rest.
 *
 * <p>Assumes {@code standard_conforming_strings = on}. Unterminated strings, quoted identifiers, dollar
 * quotes and block comments raise {@link SqlSyntaxException} with the position where they started.
 */
public final class SqlLexer {
    static final char BOM = '\uFEFF';
    private static final String OPERATOR_CHARS = "~!@#^&|`?+-*/%<>=";
    /** An operator containing one of these may end in + or -; see the operator rule in scan.l. */
    private static final String NON_MATH_OPERATOR_CHARS = "~!@#^&|`?%";

    private final String src;
    /** The text as an array: the lexer reads every character, and String.charAt's checks cost a third of it without C2. */
    private final char[] chars;
    private final int length;
    private final LineTracker lines;
    private int pos;

    public SqlLexer(String sql) {
        this.src = Objects.requireNonNull(sql, "sql");
        this.chars = sql.toCharArray();
        this.length = chars.length;
        this.lines = new LineTracker(chars);
    }

    /** All tokens of {@code sql}, comments included. */
    public static List<SqlToken> tokenize(String sql) throws SqlSyntaxException {
        SqlLexer lexer = new SqlLexer(sql);
        List<SqlToken> tokens = new ArrayList<>();
        while (lexer.hasNext()) {
            tokens.add(lexer.next());
        }
        return tokens;
    }

    public boolean hasNext() {
        while (pos < length && isWhitespace(chars[pos])) {
            pos++;
        }
        return pos < length;
    }

    /**
     * @throws SqlSyntaxException if the next token is a quoted construct or comment that never ends
     * @throws NoSuchElementException if {@link #hasNext()} is false
     */
    public SqlToken next() throws SqlSyntaxException {
        if (!hasNext()) {
            throw new NoSuchElementException("no more tokens");
        }
        int start = pos;
        lines.advanceTo(start);
        TokenType type = scan(start);
        return new SqlToken(src, type, start, pos, lines.line(), lines.column());
    }

    private TokenType scan(int start) throws SqlSyntaxException {
        char c = chars[start];
        char next = charAt(start + 1);
        switch (c) {
            case '-':
                if (next == '-') {
                    return lineComment();
                }
                return operator();
            case '/':
                if (next == '*') {
                    return blockComment();
                }
                return operator();
            case '\'':
                return quoted(start + 1, '\'', TokenType.STRING, "unterminated quoted string");
            case '"':
                return quoted(start + 1, '"', TokenType.QUOTED_IDENTIFIER, "unterminated quoted identifier");
            case '$':
                return dollar();
            case '(':
                return single(TokenType.LEFT_PAREN);
            case ')':
                return single(TokenType.RIGHT_PAREN);
            case '[':
                return single(TokenType.LEFT_BRACKET);
            case ']':
                return single(TokenType.RIGHT_BRACKET);
            case ',':
                return single(TokenType.COMMA);
            case ';':
                return single(TokenType.SEMICOLON);
            case ':':
                if (next == ':') {
                    pos += 2;
                    return TokenType.TYPECAST;
                }
                if (next == '=') {
                    pos += 2;
                    return TokenType.OPERATOR;
                }
                return single(TokenType.COLON);
            case '.':
                if (isDigit(next)) {
                    return number();
                }
                if (next == '.') {
                    pos += 2;
                    return TokenType.OPERATOR;
                }
                return single(TokenType.DOT);
            default:
                break;
        }
        if (isDigit(c)) {
            return number();
        }
        if (isIdentStart(c)) {
            return wordOrPrefixedLiteral(c, next);
        }
        if (OPERATOR_CHARS.indexOf(c) >= 0) {
            return operator();
        }
        pos += Character.charCount(src.codePointAt(start));
        return TokenType.OTHER;
    }

    private TokenType single(TokenType type) {
        pos++;
        return type;
    }

    private TokenType lineComment() {
        int i = pos + 2;
        while (i < length && chars[i] != '\n' && chars[i] != '\r') {
            i++;
        }
        pos = i;
        return TokenType.LINE_COMMENT;
    }

    /** PostgreSQL nests block comments, unlike the SQL standard and most other databases. */
    private TokenType blockComment() throws SqlSyntaxException {
        int depth = 1;
        int i = pos + 2;
        while (i < length) {
            char c = chars[i];
            char next = charAt(i + 1);
            if (c == '/' && next == '*') {
                depth++;
                i += 2;
            } else if (c == '*' && next == '/') {
                i += 2;
                if (--depth == 0) {
                    pos = i;
                    return TokenType.BLOCK_COMMENT;
                }
            } else {
                i++;
            }
        }
        throw unterminated("unterminated /* comment");
    }

    /** Body rules shared by '', N'', U&'', B'', X'' and "": the quote is escaped only by doubling it. */
    private TokenType quoted(int bodyStart, char quote, TokenType type, String problem) throws SqlSyntaxException {
        int i = bodyStart;
        while (true) {
            int close = src.indexOf(quote, i);
            if (close < 0) {
                throw unterminated(problem);
            }
            if (close + 1 < length && chars[close + 1] == quote) {
                i = close + 2;
            } else {
                pos = close + 1;
                return type;
            }
        }
    }

    private TokenType escapeString(int bodyStart) throws SqlSyntaxException {
        for (int i = bodyStart; i < length; i++) {
            char c = chars[i];
            if (c == '\\') {
                i++;
            } else if (c == '\'') {
                if (charAt(i + 1) != '\'') {
                    pos = i + 1;
                    return TokenType.STRING;
                }
                i++;
            }
        }
        throw unterminated("unterminated quoted string E'...'");
    }

    private TokenType dollar() throws SqlSyntaxException {
        int start = pos;
        if (isDigit(charAt(start + 1))) {
            int i = start + 1;
            while (i < length && isDigit(chars[i])) {
                i++;
            }
            pos = i;
            return TokenType.PARAMETER;
        }
        int tagEnd = dollarTagEnd(start);
        if (tagEnd < 0) {
            // scan.l's "dolqfailed": the $ stands alone and what follows is lexed normally.
            pos = start + 1;
            return TokenType.OTHER;
        }
        String delimiter = src.substring(start, tagEnd + 1);
        // Searching for the exact delimiter gives the same result as the server, which retries
        // every '$' inside the body as a possible start of the closing delimiter.
        int close = src.indexOf(delimiter, tagEnd + 1);
        if (close < 0) {
            throw unterminated("unterminated dollar-quoted string " + delimiter);
        }
        pos = close + delimiter.length();
        return TokenType.DOLLAR_STRING;
    }

    /** Index of the '$' closing an opening delimiter at {@code start}, or -1 if there is none. */
    private int dollarTagEnd(int start) {
        int i = start + 1;
        if (charAt(i) == '$') {
            return i;
        }
        if (!isIdentStart(charAt(i))) {
            return -1;
        }
        i++;
        while (i < length && isTagChar(chars[i])) {
            i++;
        }
        return charAt(i) == '$' ? i : -1;
    }

    private TokenType wordOrPrefixedLiteral(char c, char next) throws SqlSyntaxException {
        // A prefix only counts when it is the whole word: "some'x'" is the word some, then a string.
        if (next == '\'') {
            switch (c) {
                case 'e', 'E':
                    return escapeString(pos + 2);
                case 'b', 'B':
                    return quoted(pos + 2, '\'', TokenType.BIT_STRING, "unterminated bit string literal");
                case 'x', 'X':
                    return quoted(pos + 2, '\'', TokenType.BIT_STRING, "unterminated hexadecimal string literal");
                case 'n', 'N':
                    return quoted(pos + 2, '\'', TokenType.STRING, "unterminated quoted string");
                default:
                    break;
            }
        }
        if ((c == 'u' || c == 'U') && next == '&') {
            char quote = charAt(pos + 2);
            if (quote == '\'') {
                return quoted(pos + 3, '\'', TokenType.STRING, "unterminated quoted string U&'...'");
            }
            if (quote == '"') {
                return quoted(pos + 3, '"', TokenType.QUOTED_IDENTIFIER, "unterminated quoted identifier");
            }
        }
        int i = pos + 1;
        while (i < length && isIdentCont(chars[i])) {
            i++;
        }
        pos = i;
        return TokenType.WORD;
    }

    private TokenType number() {
        int i = pos;
        int radixEnd = radixLiteralEnd(i);
        if (radixEnd > 0) {
            pos = radixEnd;
            return TokenType.NUMBER;
        }
        i = skipDigits(i);
        // "1..10" is the integer 1 followed by "..", not the numeric "1." (scan.l's numericfail).
        if (charAt(i) == '.' && charAt(i + 1) != '.') {
            i = skipDigits(i + 1);
        }
        char e = charAt(i);
        if (e == 'e' || e == 'E') {
            int j = i + 1;
            if (charAt(j) == '+' || charAt(j) == '-') {
                j++;
            }
            if (isDigit(charAt(j))) {
                i = skipDigits(j);
            }
        }
        pos = i;
        return TokenType.NUMBER;
    }

    /** End of a 0x / 0o / 0b literal starting at {@code i}, or -1 when there is none. */
    private int radixLiteralEnd(int i) {
        if (charAt(i) != '0') {
            return -1;
        }
        String digits = switch (charAt(i + 1)) {
            case 'x', 'X' -> "0123456789abcdefABCDEF_";
            case 'o', 'O' -> "01234567_";
            case 'b', 'B' -> "01_";
            default -> null;
        };
        if (digits == null || i + 2 >= length || digits.indexOf(chars[i + 2]) < 0) {
            return -1;
        }
        int j = i + 2;
        while (j < length && digits.indexOf(chars[j]) >= 0) {
            j++;
        }
        return j;
    }

    private int skipDigits(int i) {
        while (i < length && (isDigit(chars[i]) || chars[i] == '_')) {
            i++;
        }
        return i;
    }

    private TokenType operator() {
        int start = pos;
        int end = start + 1;
        while (end < length && OPERATOR_CHARS.indexOf(chars[end]) >= 0) {
            char c = chars[end];
            char next = charAt(end + 1);
            if ((c == '-' && next == '-') || (c == '/' && next == '*')) {
                break; // a comment start ends the operator: "a+--x" is a, +, comment
            }
            end++;
        }
        if (end - start > 1 && isPlusOrMinus(chars[end - 1]) && !containsNonMathChar(start, end)) {
            // "a=-1" must be =, -, 1 so that prefix minus still parses; scan.l strips trailing +/-.
            while (end - start > 1 && isPlusOrMinus(chars[end - 1])) {
                end--;
            }
        }
        pos = end;
        return TokenType.OPERATOR;
    }

    private boolean containsNonMathChar(int start, int end) {
        for (int i = start; i < end; i++) {
            if (NON_MATH_OPERATOR_CHARS.indexOf(chars[i]) >= 0) {
                return true;
            }
        }
        return false;
    }

    private SqlSyntaxException unterminated(String problem) {
        return new SqlSyntaxException(problem, lines.line(), lines.column(), pos);
    }

    private char charAt(int i) {
        return i < length ? chars[i] : '\0';
    }

    private static boolean isPlusOrMinus(char c) {
        return c == '+' || c == '-';
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == BOM;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** scan.l's ident_start: the server treats every non-ASCII byte as a letter. */
    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 0x80 && c != BOM);
    }

    static boolean isIdentCont(char c) {
        return isTagChar(c) || c == '$';
    }

    private static boolean isTagChar(char c) {
        return isIdentStart(c) || isDigit(c);
    }
}
