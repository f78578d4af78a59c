package io.migrascope.core.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementClassifierTest {

    private static final String TX = "transaction control statement";

    /** CSV rows are one line each, so line breaks are written as the two characters \n. */
    private static String sql(String row) {
        return row == null ? "" : row.replace("\\n", "\n");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            CREATE INDEX CONCURRENTLY i ON t (a)                  | CREATE INDEX CONCURRENTLY
            create unique index concurrently if not exists i on t (a) | CREATE INDEX CONCURRENTLY
            CREATE INDEX CONCURRENTLY ON t (a)                    | CREATE INDEX CONCURRENTLY
            `CREATE /* c */ INDEX\\n  -- why\\n  CONCURRENTLY i ON t (a)` | CREATE INDEX CONCURRENTLY
            DROP INDEX CONCURRENTLY IF EXISTS i                   | DROP INDEX CONCURRENTLY
            REINDEX INDEX CONCURRENTLY i                          | REINDEX CONCURRENTLY
            REINDEX TABLE CONCURRENTLY t                          | REINDEX CONCURRENTLY
            REINDEX (VERBOSE) TABLE CONCURRENTLY t                | REINDEX CONCURRENTLY
            REINDEX (CONCURRENTLY) TABLE t                        | REINDEX CONCURRENTLY
            REINDEX (VERBOSE, CONCURRENTLY true) INDEX i          | REINDEX CONCURRENTLY
            REINDEX SCHEMA s                                      | REINDEX SCHEMA
            REINDEX SCHEMA CONCURRENTLY s                         | REINDEX SCHEMA
            REINDEX DATABASE                                      | REINDEX DATABASE
            reindex database concurrently d                       | REINDEX DATABASE
            REINDEX (VERBOSE) SYSTEM                              | REINDEX SYSTEM
            VACUUM                                                | VACUUM
            vacuum full analyze t                                 | VACUUM
            VACUUM (VERBOSE, ANALYZE) t (a)                       | VACUUM
            CREATE DATABASE d                                     | CREATE DATABASE
            DROP DATABASE IF EXISTS d WITH (FORCE)                | DROP DATABASE
            ALTER DATABASE d SET TABLESPACE ts                    | ALTER DATABASE SET TABLESPACE
            `ALTER DATABASE "my db" SET TABLESPACE ts`            | ALTER DATABASE SET TABLESPACE
            `CREATE TABLESPACE ts LOCATION '/data'`               | CREATE TABLESPACE
            DROP TABLESPACE IF EXISTS ts                          | DROP TABLESPACE
            `ALTER SYSTEM SET work_mem = '64MB'`                  | ALTER SYSTEM
            ALTER SYSTEM RESET ALL                                | ALTER SYSTEM
            `CREATE SUBSCRIPTION s CONNECTION 'host=a' PUBLICATION p` | CREATE SUBSCRIPTION ... WITH (create_slot = true)
            `CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (copy_data = false)` | CREATE SUBSCRIPTION ... WITH (create_slot = true)
            ALTER SUBSCRIPTION s REFRESH PUBLICATION              | ALTER SUBSCRIPTION ... REFRESH
            ALTER SUBSCRIPTION s REFRESH PUBLICATION WITH (copy_data = false) | ALTER SUBSCRIPTION ... REFRESH
            ALTER SUBSCRIPTION s SET PUBLICATION p                | ALTER SUBSCRIPTION with refresh
            ALTER SUBSCRIPTION s ADD PUBLICATION p WITH (copy_data = false) | ALTER SUBSCRIPTION with refresh
            ALTER SUBSCRIPTION s DROP PUBLICATION p WITH (refresh) | ALTER SUBSCRIPTION with refresh
            ALTER SUBSCRIPTION s SET (failover = true)            | ALTER SUBSCRIPTION ... SET (failover)
            ALTER SUBSCRIPTION s SET (two_phase = off)            | ALTER SUBSCRIPTION ... SET (two_phase)
            ALTER TABLE t DETACH PARTITION p CONCURRENTLY         | ALTER TABLE ... DETACH PARTITION CONCURRENTLY
            ALTER TABLE IF EXISTS ONLY s.t DETACH PARTITION s.p CONCURRENTLY | ALTER TABLE ... DETACH PARTITION CONCURRENTLY
            CLUSTER                                               | CLUSTER without a table name
            CLUSTER VERBOSE                                       | CLUSTER without a table name
            CLUSTER (VERBOSE)                                     | CLUSTER without a table name
            DISCARD ALL                                           | DISCARD ALL
            `COMMIT PREPARED 'x'`                                 | COMMIT PREPARED
            `ROLLBACK PREPARED 'x'`                               | ROLLBACK PREPARED
            `-- leading comment\\nVACUUM`                         | VACUUM
            VACUUM; SELECT 1                                      | VACUUM
            """)
    void flagsStatementsPostgresRefusesInATransaction(String sql, String what) {
        assertEquals(Optional.of(what + " cannot run inside a transaction block"),
                StatementClassifier.nonTransactionalReason(sql(sql)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            DROP SUBSCRIPTION s
            drop subscription if exists s cascade
            """)
    void flagsDropSubscriptionConservatively(String sql) {
        assertEquals(Optional.of("DROP SUBSCRIPTION cannot run inside a transaction block"
                + " when the subscription has a replication slot"), StatementClassifier.nonTransactionalReason(sql(sql)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            BEGIN
            begin transaction isolation level serializable
            BEGIN WORK
            START TRANSACTION
            START TRANSACTION READ ONLY
            COMMIT
            commit work
            COMMIT AND CHAIN
            END
            END TRANSACTION
            ABORT
            ROLLBACK
            ROLLBACK WORK
            `PREPARE TRANSACTION 'x'`
            """)
    void flagsTransactionControl(String sql) {
        assertEquals(Optional.of(TX), StatementClassifier.nonTransactionalReason(sql(sql)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            CREATE INDEX i ON t (a)
            CREATE UNIQUE INDEX i ON t (concurrently)
            `CREATE INDEX "concurrently" ON t (a)`
            CREATE INDEX /* CONCURRENTLY */ i ON t (a)
            `CREATE INDEX -- CONCURRENTLY\\n i ON t (a)`
            `CREATE TABLE t ("concurrently" int, vacuum text)`
            SELECT concurrently FROM t
            `SELECT 'VACUUM'`
            `INSERT INTO log (cmd) VALUES ('VACUUM FULL')`
            `"VACUUM"`
            `/* VACUUM */ SELECT 1`
            `SELECT $$VACUUM$$`
            DROP INDEX i
            DROP TABLE database
            CREATE TABLE tablespace_usage (id int)
            REINDEX TABLE t
            REINDEX INDEX i
            REINDEX (VERBOSE) TABLE t
            REINDEX (CONCURRENTLY false) TABLE t
            REINDEX (CONCURRENTLY 0) INDEX i
            ANALYZE t
            REFRESH MATERIALIZED VIEW CONCURRENTLY mv
            `ALTER TYPE mood ADD VALUE 'meh'`
            `ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' BEFORE 'sad'`
            CALL do_things()
            `ALTER DATABASE d SET work_mem = '1MB'`
            ALTER DATABASE d RENAME TO e
            ALTER DATABASE d SET search_path TO tablespace
            `CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (create_slot = false, slot_name = 'x')`
            `CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (connect = false)`
            ALTER SUBSCRIPTION s SET PUBLICATION p WITH (refresh = false)
            `ALTER SUBSCRIPTION s ADD PUBLICATION p WITH (refresh = 'off', copy_data = true)`
            ALTER SUBSCRIPTION s ENABLE
            ALTER SUBSCRIPTION s SET (binary = true)
            ALTER SUBSCRIPTION s SET (two_phase = true)
            `ALTER SUBSCRIPTION s CONNECTION 'host=b'`
            ALTER TABLE t DETACH PARTITION p
            ALTER TABLE t DETACH PARTITION p FINALIZE
            ALTER TABLE t ADD COLUMN vacuum int
            CLUSTER t
            CLUSTER VERBOSE t USING i
            CLUSTER (VERBOSE) t
            DISCARD PLANS
            SAVEPOINT s
            RELEASE SAVEPOINT s
            ROLLBACK TO SAVEPOINT s
            ROLLBACK WORK TO s
            PREPARE q AS SELECT 1
            SELECT 1; VACUUM
            `SELECT 'unterminated`
            `SELECT 1 /* VACUUM`
            ``
            `  -- only a comment`
            42
            """)
    void leavesEverythingElseAlone(String sql) {
        assertEquals(Optional.empty(), StatementClassifier.nonTransactionalReason(sql(sql)));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "CREATE TABLE t (id int)", "create index i on t (id)", "ALTER TABLE t ADD COLUMN x int",
        "DROP VIEW v", "COMMENT ON TABLE t IS 'returning'", "GRANT SELECT ON t TO r", "REVOKE ALL ON t FROM r",
        "DO $$ BEGIN PERFORM 1; END $$", "TRUNCATE t", "SET search_path = app",
        "INSERT INTO t VALUES (1)", "UPDATE t SET x = 'RETURNING'", "DELETE FROM t /* returning */ WHERE id = 1",
        "CREATE TABLE t2 AS SELECT * FROM t"})
    void statementsThatReturnNoRowsMayBeBatched(String sql) {
        assertEquals(true, StatementClassifier.returnsNoRows(sql));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "SELECT pg_catalog.set_config('search_path', '', false)", "WITH x AS (SELECT 1) SELECT * FROM x",
        "INSERT INTO t VALUES (1) RETURNING id", "UPDATE t SET x = 1 returning *", "DELETE FROM t RETURNING id",
        "CALL p()", "COPY t FROM STDIN", "EXPLAIN SELECT 1", "VALUES (1)", "SHOW search_path", "", "-- only a comment"})
    void statementsThatMayReturnRowsRunAlone(String sql) {
        assertEquals(false, StatementClassifier.returnsNoRows(sql));
    }
}
