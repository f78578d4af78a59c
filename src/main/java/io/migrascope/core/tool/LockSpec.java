package io.migrascope.core.tool;

/**
 * How a tool keeps two migrators apart. Migrascope takes the tool's own lock while it writes, so
 * the tool cannot run at the same moment.
 */
public sealed interface LockSpec {

    /** A session-level advisory lock on this key (Flyway, Prisma, golang-migrate, Rails, node-pg-migrate). */
    record Advisory(long key, String owner) implements LockSpec {
    }

    /**
     * A lock row in a table (Knex's {@code knex_migrations_lock}): taken by an UPDATE that must touch
     * one row, released by another.
     */
    record LockTable(String acquireSql, String releaseSql, String owner) implements LockSpec {
    }

    /** The tool takes no lock; Migrascope still serialises its own writers on this key. */
    record None(long migrascopeKey) implements LockSpec {
    }
}
