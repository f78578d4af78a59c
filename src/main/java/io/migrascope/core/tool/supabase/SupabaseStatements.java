package io.migrascope.core.tool.supabase;

import io.migrascope.core.sql.SqlLexer;
import io.migrascope.core.sql.SqlSplitter;
import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.sql.SqlSyntaxException;
import io.migrascope.core.sql.SqlToken;
import io.migrascope.core.sql.TokenType;
import io.migrascope.core.tool.Checksums;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A migration file cut into statements the way the Supabase CLI stores them in
 * {@code schema_migrations.statements}: {@code pkg/parser.SplitAndTrim}.
 *
 * <p>Supabase's tokenizer ends a token at every top-level semicolon and keeps everything before it,
 * comments and whitespace included; {@code SplitAndTrim} then strips trailing semicolons and Go
 * whitespace, and drops empty tokens. Our own splitter finds the same semicolons (it follows the
 * server's scanner, which Supabase's state machine approximates), but it trims comments away from
 * statements. So the statement boundaries come from {@link SqlSplitter}, and the text between two
 * boundaries is taken whole, as Supabase takes it: a comment before a statement belongs to it, a
 * comment after the last semicolon becomes a statement of its own, a byte order mark stays on the
 * first statement.
 *
 * <p>Where the two tokenizers disagree the stored statements differ from ours: backslash escapes in
 * {@code E'...'} strings (Supabase's quote state knows no escapes) and a backslash outside quotes
 * (Supabase skips the next character). Such files compare as changed.
 */
final class SupabaseStatements {
    private SupabaseStatements() {
    }

    /**
     * The statements Supabase would store for {@code text} (the file decoded, byte order mark kept).
     *
     * @throws SqlSyntaxException when a quote, comment or parenthesis never closes: Supabase would
     *                            store the rest of the file as one statement, PostgreSQL rejects it
     */
    static List<String> split(String text) throws SqlSyntaxException {
        List<Integer> separators = separators(text);
        List<String> statements = new ArrayList<>(separators.size() + 1);
        int begin = 0;
        for (int semicolon : separators) {
            add(statements, text.substring(begin, semicolon + 1));
            begin = semicolon + 1;
        }
        add(statements, text.substring(begin));
        return statements;
    }

    private static void add(List<String> statements, String token) {
        String trimmed = GoStrings.trimSpace(GoStrings.trimRight(token, ';'));
        if (!trimmed.isEmpty()) {
            statements.add(trimmed);
        }
    }

    /**
     * Offsets of the semicolons that end statements. They lie between the statements our splitter
     * returns, where only comments, whitespace and semicolons can be; BEGIN ATOMIC bodies keep theirs.
     */
    private static List<Integer> separators(String text) throws SqlSyntaxException {
        List<Integer> out = new ArrayList<>();
        int gapStart = 0;
        for (SqlStatement s : SqlSplitter.split(text)) {
            semicolonsIn(text, gapStart, s.startOffset(), out);
            gapStart = s.endOffset();
        }
        semicolonsIn(text, gapStart, text.length(), out);
        return out;
    }

    private static void semicolonsIn(String text, int from, int to, List<Integer> out) throws SqlSyntaxException {
        if (from >= to) {
            return;
        }
        for (SqlToken t : SqlLexer.tokenize(text.substring(from, to))) {
            if (t.is(TokenType.SEMICOLON)) {
                out.add(from + t.startOffset());
            }
        }
    }

    /** A fingerprint of a statement list: SHA-256 over each statement's length and UTF-8 bytes. */
    static String digest(List<String> statements) {
        MessageDigest sha = sha256();
        for (String s : statements) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The statements with line endings, trailing whitespace, blank lines and a byte order mark
     * normalised away: equal lists mean the same SQL ran, only its layout changed.
     */
    static List<String> normalized(List<String> statements) {
        List<String> out = new ArrayList<>(statements.size());
        for (String s : statements) {
            String n = Checksums.normalize(s);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
