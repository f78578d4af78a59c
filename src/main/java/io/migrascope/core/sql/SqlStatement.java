package io.migrascope.core.sql;

import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a migration file, as produced by {@link SqlSplitter}.
 *
 * @param index 1-based position among the file's non-empty statements
 * @param text the statement exactly as in the file, from its first token to its last, without the
 *     terminating semicolon and without comments before the first or after the last token
 * @param startLine 1-based line of the first token
 * @param startOffset 0-based char offset of the first token in the file text
 * @param endOffset 0-based char offset just past the last token (where the ';' or the end of text is,
 *     unless a comment or whitespace comes first)
 */
public record SqlStatement(int index, String text, int startLine, int startOffset, int endOffset) {
    private static final char ELLIPSIS = '…';

    public SqlStatement {
        Objects.requireNonNull(text, "text");
    }

    /**
     * The statement on one line: every run of whitespace, line breaks included, becomes a single space.
     * When that is longer than {@code maxChars} it is cut and ends in "…", the result then being at
     * most {@code maxChars} chars long. Only as much of the text is read as the excerpt needs.
     *
     * @throws IllegalArgumentException if {@code maxChars < 1}
     */
    public String excerpt(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), maxChars + 1));
        boolean pendingSpace = false;
        for (int i = 0; i < text.length() && sb.length() <= maxChars; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || SqlLexer.isWhitespace(c)) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.append(c);
        }
        if (sb.length() <= maxChars) {
            return sb.toString();
        }
        int cut = maxChars - 1;
        if (cut > 0 && Character.isHighSurrogate(sb.charAt(cut - 1))) {
            cut--; // never leave half a surrogate pair before the ellipsis
        }
        return sb.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    /** Why PostgreSQL would refuse to run this statement inside a transaction block, if it would. */
    public Optional<String> nonTransactionalReason() {
        return StatementClassifier.nonTransactionalReason(text);
    }

    public boolean isTransactional() {
        return nonTransactionalReason().isEmpty();
    }
}
