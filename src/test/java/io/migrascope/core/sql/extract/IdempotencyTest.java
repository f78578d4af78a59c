package io.migrascope.core.sql.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.sql.SqlSplitter;
import io.migrascope.core.sql.SqlSyntaxException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rewrite's text, without a server; {@link IdempotencyPostgresTest} runs the results. */
class IdempotencyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            CREATE TABLE t (a int)                          | CREATE TABLE IF NOT EXISTS t (a int)
            create unlogged table t (a int)                 | create unlogged table if not exists t (a int)
            CREATE TABLE t AS SELECT 1                      | CREATE TABLE IF NOT EXISTS t AS SELECT 1
            CREATE TABLE p1 PARTITION OF p DEFAULT          | CREATE TABLE IF NOT EXISTS p1 PARTITION OF p DEFAULT
            CREATE INDEX i ON t (a)                         | CREATE INDEX IF NOT EXISTS i ON t (a)
            CREATE UNIQUE INDEX CONCURRENTLY i ON t (a)     | CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a)
            CREATE INDEX ON "T" (lower(a))                  | CREATE INDEX IF NOT EXISTS "T_lower_idx" ON "T" (lower(a))
            CREATE SEQUENCE s                               | CREATE SEQUENCE IF NOT EXISTS s
            CREATE SCHEMA s AUTHORIZATION app               | CREATE SCHEMA IF NOT EXISTS s AUTHORIZATION app
            CREATE EXTENSION "uuid-ossp"                    | CREATE EXTENSION IF NOT EXISTS "uuid-ossp"
            CREATE MATERIALIZED VIEW m AS SELECT 1          | CREATE MATERIALIZED VIEW IF NOT EXISTS m AS SELECT 1
            CREATE VIEW v AS SELECT 1                       | CREATE OR REPLACE VIEW v AS SELECT 1
            CREATE RECURSIVE VIEW v (n) AS SELECT 1         | CREATE OR REPLACE RECURSIVE VIEW v (n) AS SELECT 1
            CREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql | CREATE OR REPLACE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql
            CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f() | CREATE OR REPLACE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()
            CREATE TYPE e AS ENUM ('a')                     | DO $$ BEGIN CREATE TYPE e AS ENUM ('a'); EXCEPTION WHEN duplicate_object THEN NULL; END $$
            CREATE POLICY p ON t USING (true)               | DO $$ BEGIN CREATE POLICY p ON t USING (true); EXCEPTION WHEN duplicate_object THEN NULL; END $$
            ALTER TABLE t ADD COLUMN c int                  | ALTER TABLE t ADD COLUMN IF NOT EXISTS c int
            ALTER TABLE t ADD c int                         | ALTER TABLE t ADD IF NOT EXISTS c int
            ALTER TABLE t DROP COLUMN c, DROP d             | ALTER TABLE t DROP COLUMN IF EXISTS c, DROP IF EXISTS d
            ALTER TABLE t DROP CONSTRAINT c                 | ALTER TABLE t DROP CONSTRAINT IF EXISTS c
            ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0)    | DO $$ BEGIN ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0); EXCEPTION WHEN duplicate_object THEN NULL; END $$
            ALTER TABLE t ADD CHECK (a > 0)                 | DO $$ BEGIN ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0); EXCEPTION WHEN duplicate_object THEN NULL; END $$
            ALTER TABLE t ADD UNIQUE (a, b)                 | DO $$ BEGIN ALTER TABLE t ADD CONSTRAINT t_a_b_key UNIQUE (a, b); EXCEPTION WHEN duplicate_object OR duplicate_table THEN NULL; END $$
            ALTER TABLE t ADD PRIMARY KEY (a)               | DO $$ BEGIN ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (a); EXCEPTION WHEN duplicate_object OR duplicate_table OR invalid_table_definition THEN NULL; END $$
            ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES u  | DO $$ BEGIN ALTER TABLE t ADD CONSTRAINT t_a_fkey FOREIGN KEY (a) REFERENCES u; EXCEPTION WHEN duplicate_object THEN NULL; END $$
            ALTER TABLE t RENAME TO u                       | ALTER TABLE IF EXISTS t RENAME TO u
            ALTER TABLE t RENAME a TO b                     | DO $$ BEGIN ALTER TABLE t RENAME a TO b; EXCEPTION WHEN undefined_column THEN NULL; END $$
            ALTER INDEX i RENAME TO j                       | ALTER INDEX IF EXISTS i RENAME TO j
            ALTER TYPE e ADD VALUE 'b'                      | ALTER TYPE e ADD VALUE IF NOT EXISTS 'b'
            DROP TABLE a, b CASCADE                         | DROP TABLE IF EXISTS a, b CASCADE
            DROP INDEX CONCURRENTLY i                       | DROP INDEX CONCURRENTLY IF EXISTS i
            DROP TRIGGER tr ON t                            | DROP TRIGGER IF EXISTS tr ON t
            """)
    void rewritesOneStatement(String original, String expected) throws SqlSyntaxException {
        assertEquals(expected + ";", Idempotency.rewrite(original + ";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE TABLE IF NOT EXISTS t (a int)
            CREATE INDEX IF NOT EXISTS i ON t (a)
            CREATE OR REPLACE VIEW v AS SELECT 1
            CREATE TEMP TABLE scratch (a int)
            ALTER TABLE t ALTER COLUMN a TYPE bigint
            ALTER TABLE t ENABLE ROW LEVEL SECURITY
            ALTER TABLE t ADD COLUMN IF NOT EXISTS c int
            COMMENT ON TABLE t IS 'x'
            INSERT INTO t VALUES (1)
            GRANT SELECT ON t TO app
            DO $$ BEGIN CREATE TYPE e AS ENUM ('a'); EXCEPTION WHEN duplicate_object THEN NULL; END $$
            DROP TABLE IF EXISTS t
            """)
    void leavesSafeStatementsAlone(String sql) throws SqlSyntaxException {
        assertEquals(sql, Idempotency.rewrite(sql));
        assertEquals(List.of(), Idempotency.find(SqlSplitter.split(sql)));
    }

    @Test
    void keepsEverythingElseByteForByteAndLinesInPlace() throws SqlSyntaxException {
        String sql = "-- header\r\n/* block */\r\nSELECT 1;\r\n\r\n  create table t (\r\n    a int -- note\r\n  )  ;"
                + "\r\nINSERT INTO t VALUES (1);   -- trailing\r\nCREATE TYPE e AS ENUM ('x')\r\n";
        assertEquals("-- header\r\n/* block */\r\nSELECT 1;\r\n\r\n  create table if not exists t (\r\n    a int -- note\r\n"
                + "  )  ;\r\nINSERT INTO t VALUES (1);   -- trailing\r\n"
                + "DO $$ BEGIN CREATE TYPE e AS ENUM ('x'); EXCEPTION WHEN duplicate_object THEN NULL; END $$\r\n",
                Idempotency.rewrite(sql));
    }

    @Test
    void choosesADollarTagTheStatementDoesNotUse() throws SqlSyntaxException {
        assertEquals("DO $migrascope$ BEGIN CREATE DOMAIN d AS text DEFAULT $$x$$; EXCEPTION WHEN duplicate_object"
                + " THEN NULL; END $migrascope$;", Idempotency.rewrite("CREATE DOMAIN d AS text DEFAULT $$x$$;"));
        assertEquals("DO $migrascope1$ BEGIN CREATE DOMAIN d AS text DEFAULT $$x$$ CHECK (VALUE <> $migrascope$y"
                + "$migrascope$); EXCEPTION WHEN duplicate_object THEN NULL; END $migrascope1$;",
                Idempotency.rewrite("CREATE DOMAIN d AS text DEFAULT $$x$$ CHECK (VALUE <> $migrascope$y$migrascope$);"));
    }

    @Test
    void findReportsLineWhyAndFix() throws SqlSyntaxException {
        String sql = """
                -- Migration 7

                CREATE TABLE users (id int);
                ALTER TABLE users
                  ADD COLUMN email text,
                  ADD CONSTRAINT users_email_key UNIQUE (email);
                CREATE INDEX ON users (email);
                """;
        List<NonIdempotent> found = Idempotency.find(SqlSplitter.split(sql));
        assertEquals(4, found.size());
        assertEquals(new NonIdempotent(1, 3, "CREATE TABLE users (id int)",
                "fails with 42P07 duplicate_table when table users already exists",
                "CREATE TABLE IF NOT EXISTS users"), found.get(0));
        assertEquals(5, found.get(1).line());
        assertEquals("fails with 42701 duplicate_column when column users.email already exists", found.get(1).why());
        assertEquals(6, found.get(2).line());
        assertEquals("DO $$ BEGIN <statement>; EXCEPTION WHEN duplicate_object OR duplicate_table THEN NULL; END $$",
                found.get(2).fix());
        assertEquals(7, found.get(3).line());
        assertTrue(found.get(3).why().startsWith("an unnamed index is never found to exist"), found.get(3).why());
        assertEquals("name it: CREATE INDEX IF NOT EXISTS users_email_idx", found.get(3).fix());
    }

    @Test
    void guardBlocksThatCatchTheWrongConditionAreFixedInPlace() throws SqlSyntaxException {
        String sql = """
                DO $$ BEGIN
                    CREATE INDEX "orders_user_idx" ON "orders"("user_id");
                EXCEPTION
                    WHEN duplicate_object THEN NULL;
                END $$;
                DO $g$ BEGIN ALTER TABLE orders ADD CHECK (total > 0); EXCEPTION WHEN duplicate_object THEN NULL; END $g$;
                DO $$ BEGIN CREATE INDEX i ON t (a); EXCEPTION WHEN others THEN NULL; END $$;
                DO $$ BEGIN CREATE TYPE e AS ENUM ('a'); EXCEPTION WHEN SQLSTATE '42710' THEN NULL; END $$;
                """;
        List<NonIdempotent> found = Idempotency.find(SqlSplitter.split(sql));
        assertEquals(2, found.size());
        assertEquals(new NonIdempotent(1, 2, "DO $$ BEGIN CREATE INDEX \"orders_user_idx\" ON \"orders\"(\"user_id\");"
                + " EXCEPTION WHEN duplicate_object…",
                "fails with 42P07 duplicate_table: the DO block catches only duplicate_object, but the statement inside"
                        + " fails with 42P07 duplicate_table when index orders_user_idx already exists",
                "add OR duplicate_table to its WHEN clause"), found.get(0));
        assertTrue(found.get(1).why().startsWith("an unnamed CHECK constraint is never found to exist"));
        assertEquals(sql.replace("WHEN duplicate_object THEN NULL;\nEND", "WHEN duplicate_object OR duplicate_table THEN"
                + " NULL;\nEND").replace("ADD CHECK", "ADD CONSTRAINT orders_total_check CHECK"),
                Idempotency.rewrite(sql));
    }

    @Property
    void rewritingTwiceChangesNothingMore(@ForAll("migrations") String sql) throws SqlSyntaxException {
        String once = Idempotency.rewrite(sql);
        assertEquals(once, Idempotency.rewrite(once));
        assertEquals(List.of(), Idempotency.find(SqlSplitter.split(once)));
    }

    @Provide
    Arbitrary<String> migrations() {
        Arbitrary<String> statement = Arbitraries.of(
                "CREATE TABLE t (id serial PRIMARY KEY, a int CHECK (a > 0))",
                "create index on t (a)",
                "CREATE UNIQUE INDEX CONCURRENTLY t_a ON t (a)",
                "ALTER TABLE t ADD COLUMN b text, ADD CHECK (b <> ''), DROP COLUMN c",
                "ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES u",
                "CREATE TYPE mood AS ENUM ('x')",
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$",
                "CREATE POLICY p ON t USING ($$a$$ <> '')",
                "DROP VIEW v",
                "INSERT INTO t (a) VALUES (1)",
                "-- a comment\nSELECT 1",
                "CREATE SCHEMA s CREATE TABLE x (a int)",
                "ALTER TABLE t RENAME COLUMN a TO b",
                "DO $$ BEGIN CREATE INDEX i ON t (a); EXCEPTION WHEN duplicate_object THEN NULL; END $$");
        return statement.list().ofMinSize(1).ofMaxSize(6).map(list -> String.join(";\n", list) + ";\n");
    }
}
