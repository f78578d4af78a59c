package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlLexer;
import io.migrascope.core.sql.SqlSplitter;
import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.sql.SqlSyntaxException;
import io.migrascope.core.sql.SqlToken;
import io.migrascope.core.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognises the two DO blocks that idempotent migrations wrap plain DDL in, so that the DDL inside
 * can be read like any other statement:
 * <pre>
 * DO $$ BEGIN &lt;ddl&gt;; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
 * DO $$ BEGIN IF NOT EXISTS (SELECT ...) THEN &lt;ddl&gt;; END IF; END $$;
 * </pre>
 * Any other body (declarations, loops, EXECUTE of built strings, non-DDL statements) is plpgsql this
 * package does not interpret.
 */
final class DoBlocks {
    private static final String[] DDL = {"create", "alter", "drop", "comment", "grant", "revoke"};

    private DoBlocks() {
    }

    /**
     * The DDL statements of a guarded DO block, or null when the block is not one of the two patterns.
     * The stream must be just after DO.
     */
    static List<SqlStatement> guardedStatements(TokenStream in) {
        String body = null;
        while (!in.atEnd()) {
            if (in.accept("language")) {
                SqlToken language = in.next();
                String name = language.is(TokenType.STRING) ? language.stringValue() : language.text();
                if (!name.toLowerCase(Locale.ROOT).equals("plpgsql")) {
                    return null;
                }
            } else if (in.peekIs(TokenType.STRING) || in.peekIs(TokenType.DOLLAR_STRING)) {
                body = in.next().stringValue();
            } else {
                return null;
            }
        }
        return body == null ? null : guardedStatements(body);
    }

    private static List<SqlStatement> guardedStatements(String body) {
        List<SqlToken> tokens = new ArrayList<>();
        try {
            for (SqlToken t : SqlLexer.tokenize(body)) {
                if (!t.type().isComment()) {
                    tokens.add(t);
                }
            }
        } catch (SqlSyntaxException e) {
            return null;
        }
        if (tokens.size() < 3 || !tokens.get(0).isWord("begin")) {
            return null;
        }
        int exception = topLevelWord(tokens, "exception");
        String inner;
        if (exception > 1) {
            inner = body.substring(tokens.get(1).startOffset(), tokens.get(exception).startOffset());
        } else if (tokens.get(1).isWord("if") && exception < 0) {
            inner = ifBody(body, tokens);
        } else {
            return null;
        }
        if (inner == null) {
            return null;
        }
        try {
            List<SqlStatement> statements = SqlSplitter.split(inner);
            for (SqlStatement statement : statements) {
                TokenStream first = TokenStream.of(statement.text());
                if (!first.peekWord(DDL)) {
                    return null;
                }
            }
            return statements.isEmpty() ? null : statements;
        } catch (SqlSyntaxException | ParseFailure e) {
            return null;
        }
    }

    /** The text between THEN and END IF of {@code BEGIN IF [NOT] EXISTS (...) THEN ... END IF; END}. */
    private static String ifBody(String body, List<SqlToken> tokens) {
        int i = 2;
        if (i < tokens.size() && tokens.get(i).isWord("not")) {
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).isWord("exists")) {
            return null;
        }
        int then = topLevelWord(tokens, "then");
        if (then < 0 || then + 1 >= tokens.size()) {
            return null;
        }
        for (int j = then + 1; j + 1 < tokens.size(); j++) {
            SqlToken t = tokens.get(j);
            if (t.isAnyWord("else", "elsif", "elseif")) {
                return null;
            }
            if (t.isWord("end") && tokens.get(j + 1).isWord("if")) {
                return body.substring(tokens.get(then + 1).startOffset(), t.startOffset());
            }
        }
        return null;
    }

    private static int topLevelWord(List<SqlToken> tokens, String word) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.is(TokenType.LEFT_PAREN)) {
                depth++;
            } else if (t.is(TokenType.RIGHT_PAREN)) {
                depth--;
            } else if (depth == 0 && t.isWord(word)) {
                return i;
            }
        }
        return -1;
    }
}
