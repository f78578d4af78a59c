package io.migrascope.core.sql;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Recognises statements PostgreSQL refuses inside a transaction block (SQLSTATE 25001, "cannot run
 * inside a transaction block"), plus transaction control statements, which would end or nest the
 * transaction a migration tool wraps around a file. Works on tokens, so case, comments and line breaks
 * between keywords do not matter and words inside strings, quoted identifiers or comments never match.
 *
 * <p>Where the server's decision depends on catalog state the text cannot show (a partitioned table
 * for REINDEX or CLUSTER, whether a subscription has a slot), the answer errs towards "refused"
 * only for the cases listed in {@link #nonTransactionalReason(String)}.
 */
public final class StatementClassifier {
    static final String TRANSACTION_CONTROL = "transaction control statement";
    private static final String REFUSED = " cannot run inside a transaction block";

    private StatementClassifier() {
    }

    /**
     * Why PostgreSQL refuses to run this statement inside a transaction block, or empty. Only the first
     * statement of the text is looked at. Recognised: CREATE [UNIQUE] INDEX CONCURRENTLY, DROP INDEX
     * CONCURRENTLY, REINDEX ... CONCURRENTLY (keyword or option), REINDEX SCHEMA/DATABASE/SYSTEM, VACUUM,
     * CREATE/DROP DATABASE, ALTER DATABASE ... SET TABLESPACE, CREATE/DROP TABLESPACE, ALTER SYSTEM,
     * CREATE SUBSCRIPTION (unless create_slot or connect is false), DROP SUBSCRIPTION, ALTER SUBSCRIPTION
     * ... REFRESH, ALTER SUBSCRIPTION ... SET/ADD/DROP PUBLICATION (unless refresh = false), ALTER
     * SUBSCRIPTION ... SET (failover / two_phase = false), ALTER TABLE ... DETACH PARTITION ...
     * CONCURRENTLY, CLUSTER without a table, DISCARD ALL, COMMIT/ROLLBACK PREPARED, and transaction control
     * (BEGIN, START TRANSACTION, COMMIT, END, ROLLBACK, ABORT, PREPARE TRANSACTION), whose reason is
     * "transaction control statement". Not flagged: ALTER TYPE ... ADD VALUE (allowed since PostgreSQL
     * 12), CALL, ANALYZE, REFRESH MATERIALIZED VIEW CONCURRENTLY, SAVEPOINT, RELEASE, ROLLBACK TO.
     */
    public static Optional<String> nonTransactionalReason(String statementText) {
        Objects.requireNonNull(statementText, "statementText");
        TokenCursor cursor = new TokenCursor(statementText);
        SqlToken first = cursor.next();
        if (first == null || !first.is(TokenType.WORD)) {
            return Optional.empty();
        }
        String reason = switch (SqlLiterals.asciiLowerCase(first.text())) {
            case "create" -> create(cursor);
            case "drop" -> drop(cursor);
            case "alter" -> alter(cursor);
            case "reindex" -> reindex(cursor);
            case "vacuum" -> refused("VACUUM");
            case "cluster" -> cluster(cursor);
            case "discard" -> cursor.peekWord(0, "all") ? refused("DISCARD ALL") : null;
            case "begin", "end", "abort" -> TRANSACTION_CONTROL;
            case "start", "prepare" -> cursor.peekWord(0, "transaction") ? TRANSACTION_CONTROL : null;
            case "commit" -> cursor.peekWord(0, "prepared") ? refused("COMMIT PREPARED") : TRANSACTION_CONTROL;
            case "rollback" -> rollback(cursor);
            default -> null;
        };
        return Optional.ofNullable(reason);
    }

    /**
     * Whether the statement certainly returns no rows, so it may be sent in a batch with its
     * neighbours: DDL, COMMENT, GRANT and REVOKE, DO, TRUNCATE, SET, and INSERT, UPDATE, DELETE or
     * MERGE without RETURNING. Anything else (SELECT, WITH, CALL, COPY, EXPLAIN ...) is sent alone.
     */
    public static boolean returnsNoRows(String statementText) {
        TokenCursor cursor = new TokenCursor(statementText);
        SqlToken first = cursor.next();
        if (first == null || !first.is(TokenType.WORD)) {
            return false;
        }
        return switch (SqlLiterals.asciiLowerCase(first.text())) {
            case "create", "alter", "drop", "comment", "grant", "revoke", "do", "truncate", "set" -> true;
            case "insert", "update", "delete", "merge" -> !hasWord(cursor, "returning");
            default -> false;
        };
    }

    private static boolean hasWord(TokenCursor cursor, String word) {
        for (SqlToken t = cursor.next(); t != null; t = cursor.next()) {
            if (t.is(TokenType.WORD) && SqlLiterals.asciiLowerCase(t.text()).equals(word)) {
                return true;
            }
        }
        return false;
    }

    static String refused(String what) {
        return what + REFUSED;
    }

    private static String create(TokenCursor c) {
        c.nextIfWord("unique");
        if (c.nextIfWord("index")) {
            return c.peekWord(0, "concurrently") ? refused("CREATE INDEX CONCURRENTLY") : null;
        }
        if (c.nextIfWord("database")) {
            return refused("CREATE DATABASE");
        }
        if (c.nextIfWord("tablespace")) {
            return refused("CREATE TABLESPACE");
        }
        if (c.nextIfWord("subscription")) {
            // Without a slot to create on the publisher the command is an ordinary catalog change.
            if (c.skipPastWord("with")) {
                UtilityOptions options = UtilityOptions.read(c);
                if (options.bool("create_slot").equals(Optional.of(false))
                        || options.bool("connect").equals(Optional.of(false))) {
                    return null;
                }
            }
            return refused("CREATE SUBSCRIPTION ... WITH (create_slot = true)");
        }
        return null;
    }

    private static String drop(TokenCursor c) {
        if (c.nextIfWord("index")) {
            return c.peekWord(0, "concurrently") ? refused("DROP INDEX CONCURRENTLY") : null;
        }
        if (c.nextIfWord("database")) {
            return refused("DROP DATABASE");
        }
        if (c.nextIfWord("tablespace")) {
            return refused("DROP TABLESPACE");
        }
        if (c.nextIfWord("subscription")) {
            // Refused only while the subscription has a replication slot, which the text cannot show.
            return refused("DROP SUBSCRIPTION") + " when the subscription has a replication slot";
        }
        return null;
    }

    private static String alter(TokenCursor c) {
        if (c.nextIfWord("system")) {
            return refused("ALTER SYSTEM");
        }
        if (c.nextIfWord("database")) {
            return c.peek(0) != null && c.peekWord(1, "set") && c.peekWord(2, "tablespace")
                    ? refused("ALTER DATABASE SET TABLESPACE") : null;
        }
        if (c.nextIfWord("subscription")) {
            return SubscriptionRules.alter(c);
        }
        if (c.nextIfWord("table")) {
            return detachConcurrently(c) ? refused("ALTER TABLE ... DETACH PARTITION CONCURRENTLY") : null;
        }
        return null;
    }

    /** ALTER TABLE [IF EXISTS] [ONLY] name DETACH PARTITION part [CONCURRENTLY | FINALIZE]. */
    private static boolean detachConcurrently(TokenCursor c) {
        while (c.skipPastWord("detach")) {
            if (c.nextIfWord("partition")) {
                // CONCURRENTLY cannot be an unquoted table name, so after the name it can only be the option.
                return c.skipPastWord("concurrently");
            }
        }
        return false;
    }

    private static String reindex(TokenCursor c) {
        Optional<Boolean> concurrentOption = UtilityOptions.read(c).bool("concurrently");
        SqlToken kind = c.next();
        if (kind == null) {
            return null;
        }
        if (kind.isAnyWord("schema", "database", "system")) {
            return refused("REINDEX " + kind.text().toUpperCase(Locale.ROOT));
        }
        boolean concurrently = kind.isAnyWord("index", "table") && c.peekWord(0, "concurrently");
        return concurrently || concurrentOption.orElse(false) ? refused("REINDEX CONCURRENTLY") : null;
    }

    /** CLUSTER [VERBOSE | (options)] [table [USING index]]: only the form without a table is refused. */
    private static String cluster(TokenCursor c) {
        if (c.peekIs(0, TokenType.LEFT_PAREN)) {
            UtilityOptions.read(c);
        } else {
            c.nextIfWord("verbose");
        }
        return c.atEnd() ? refused("CLUSTER without a table name") : null;
    }

    private static String rollback(TokenCursor c) {
        if (c.peekWord(0, "prepared")) {
            return refused("ROLLBACK PREPARED");
        }
        c.nextIfWord("work");
        c.nextIfWord("transaction");
        // ROLLBACK TO SAVEPOINT only undoes part of the transaction and leaves it open.
        return c.peekWord(0, "to") ? null : TRANSACTION_CONTROL;
    }
}
