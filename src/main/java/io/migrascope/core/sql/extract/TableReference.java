package io.migrascope.core.sql.extract;

import java.util.Objects;

/**
 * A table the SQL uses without having created it earlier in the same file: the target of a foreign key,
 * ALTER TABLE, CREATE INDEX / TRIGGER / POLICY, INSERT, UPDATE, DELETE, COMMENT ON and the like. These
 * are what a file needs from the files before it. A use of {@code users} after {@code CREATE TABLE
 * public.users} in the same file counts as made by the file: an unqualified name matches any schema.
 * One reference per table, statement and use.
 *
 * @param schema the schema as written (normalised like an identifier), or null when unqualified
 * @param table the table name, normalised like PostgreSQL
 * @param statementIndex the 1-based {@link io.migrascope.core.sql.SqlStatement#index()} it came from
 * @param how what the statement does with it: "foreign key", "alter table", "index", "trigger",
 *     "policy", "comment", "insert", "update", "delete", "merge", "truncate", "copy", "grant", "lock",
 *     "partition of", "attach partition", "detach partition", "inherits", "like"
 */
public record TableReference(String schema, String table, int statementIndex, String how) {
    public TableReference {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(how, "how");
    }
}
