package io.migrascope.core.tool.flyway;

import io.migrascope.core.sql.SqlLexer;
import io.migrascope.core.sql.SqlSyntaxException;
import io.migrascope.core.sql.SqlToken;
import io.migrascope.core.sql.TokenType;
import io.migrascope.core.tool.FileText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Proves that a file whose Flyway checksum changed differs from what was applied only cosmetically.
 *
 * <p>Flyway's checksum already ignores line endings, blank lines and a leading BOM: such edits
 * keep the checksum and the migration stays APPLIED. The one cosmetic edit it does see is
 * whitespace added at the end of lines. So the proof is: strip trailing spaces and tabs from every
 * line of today's file; if that text has exactly the stored checksum, the file is the applied text
 * plus trailing whitespace. That whitespace must also lie outside string literals, quoted
 * identifiers and dollar-quoted bodies, where it would be data (a literal's value, a function's
 * source) rather than layout; comments are fine. Anything else stays CHANGED: there is no way to
 * show that removed whitespace, say, was only layout without the applied text, which Flyway does
 * not keep.
 */
final class FlywayCosmeticEdit {
    private FlywayCosmeticEdit() {
    }

    /** Whether the file at {@code path} is the text with checksum {@code stored}, plus trailing whitespace outside literals. */
    static boolean proves(Path path, int stored) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | SecurityException e) {
            return false;
        }
        Optional<String> decoded = FileText.decode(bytes);
        if (decoded.isEmpty()) {
            return false;
        }
        String text = FileText.withoutBom(decoded.get());
        StringBuilder stripped = new StringBuilder(text.length());
        boolean anyStripped = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            int contentEnd = lineEnd;
            while (contentEnd > lineStart && isLayoutBlank(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            anyStripped |= contentEnd < lineEnd;
            stripped.append(text, lineStart, contentEnd).append('\n');
            if (lineEnd == text.length()) {
                break;
            }
            lineStart = lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
        }
        return anyStripped && FlywayChecksum.of(stripped.toString()) == stored && blanksAreLayout(text);
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isLayoutBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** No trailing blank of any line falls inside a token whose text is data. */
    private static boolean blanksAreLayout(String text) {
        List<SqlToken> tokens;
        try {
            tokens = SqlLexer.tokenize(text);
        } catch (SqlSyntaxException e) {
            return false;
        }
        for (SqlToken t : tokens) {
            if (!carriesData(t.type())) {
                continue;
            }
            for (int i = t.startOffset(); i < t.endOffset(); i++) {
                char c = text.charAt(i);
                if (isLayoutBlank(c) && trailing(text, i)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean carriesData(TokenType type) {
        return type == TokenType.STRING || type == TokenType.BIT_STRING || type == TokenType.DOLLAR_STRING
                || type == TokenType.QUOTED_IDENTIFIER;
    }

    /** Whether only blanks follow position {@code i} up to the end of its line. */
    private static boolean trailing(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!isLayoutBlank(c)) {
                return false;
            }
        }
        return true;
    }
}
