package io.migrascope.core.sql.extract;

import static io.migrascope.core.sql.extract.ExtractionAssertions.described;
import static io.migrascope.core.sql.extract.ExtractionAssertions.extract;
import static io.migrascope.core.sql.extract.ExtractionAssertions.references;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Everything but CREATE / ALTER TABLE and DO blocks. */
class OtherStatementsExtractionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE INDEX users_email_idx ON users (email)                                  | index users_email_idx on users
            CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "Ix" ON ONLY app.users (email)  | index Ix on app.users
            CREATE INDEX ON users (email)                                                  | index users_email_idx on users
            CREATE INDEX ON users USING gin (tags)                                         | index users_tags_idx on users
            CREATE INDEX ON users (org_id, created_at DESC NULLS LAST)                     | index users_org_id_created_at_idx on users
            CREATE INDEX ON users (lower(email) text_pattern_ops)                          | index users_lower_idx on users
            CREATE INDEX ON users ((lower(email)), (email::text), (a + b), public.f(x))     | index users_lower_email_expr_f_idx on users
            CREATE INDEX ON users ((a::text), ((a + b)::int), (CASE WHEN a THEN 1 END))    | index users_a_int4_case_idx on users
            CREATE INDEX ON users (lower(a), lower(b), lower(c))                           | index users_lower_lower1_lower2_idx on users
            CREATE INDEX ON users ((data->>'k')) WHERE deleted_at IS NULL                  | index users_expr_idx on users
            CREATE UNIQUE INDEX ON s.users (email) INCLUDE (id) WITH (fillfactor = 80)     | index users_email_idx on s.users
            """)
    void indexes(String sql, String display) {
        assertEquals(List.of("CREATES " + display), described(sql));
    }

    @Test
    void indexOnATableIsAReference() {
        assertEquals(List.of("1 index users"), references("CREATE INDEX ON users (email)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE SEQUENCE IF NOT EXISTS invoice_no START 1000                      | sequence invoice_no
            CREATE TYPE mood AS ENUM ('sad', 'ok')                                   | type mood (enum)
            CREATE TYPE app.money_pair AS (amount numeric(10,2), currency char(3))   | type app.money_pair (composite)
            CREATE TYPE floatrange AS RANGE (subtype = float8)                       | type floatrange (range)
            CREATE TYPE shell                                                        | type shell (base)
            CREATE DOMAIN email AS text CHECK (VALUE ~ '@')                          | type email (domain)
            CREATE OR REPLACE VIEW active_users AS SELECT * FROM users                | view active_users
            CREATE RECURSIVE VIEW tree (id) AS SELECT 1                              | view tree
            CREATE MATERIALIZED VIEW IF NOT EXISTS stats AS SELECT 1 WITH NO DATA    | materialized view stats
            CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions        | extension uuid-ossp
            CREATE SCHEMA IF NOT EXISTS billing AUTHORIZATION app                    | schema billing
            CREATE SCHEMA AUTHORIZATION reporting                                    | schema reporting
            CREATE OR REPLACE TRIGGER trg AFTER INSERT OR UPDATE OF a, b ON public.t FOR EACH ROW EXECUTE FUNCTION f() | trigger trg on public.t
            CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON t DEFERRABLE FOR EACH ROW EXECUTE PROCEDURE f()             | trigger ct on t
            CREATE POLICY "owner can read" ON app.docs FOR SELECT TO authenticated USING (owner = auth.uid())         | policy owner can read on app.docs
            """)
    void otherCreates(String sql, String display) {
        assertEquals(List.of("CREATES " + display), described(sql));
    }

    @Test
    void schemaElementsLandInTheNewSchema() {
        assertEquals(List.of("CREATES schema hr", "CREATES table hr.staff", "CREATES column hr.staff.id (integer)",
                "CREATES constraint staff_pkey on hr.staff (PRIMARY KEY)", "CREATES view hr.staff_names",
                "CREATES index staff_id_idx on hr.staff"),
                described("CREATE SCHEMA hr CREATE TABLE staff (id int PRIMARY KEY)"
                        + " CREATE VIEW staff_names AS SELECT id FROM staff CREATE INDEX ON staff (id)"
                        + " GRANT SELECT ON staff TO public"));
    }

    @Test
    void alterOtherKinds() {
        assertEquals(List.of(
                "ALTERS type mood (enum)",
                "DROPS type mood", "CREATES type feeling",
                "ALTERS type pair (composite)",
                "DROPS index users_email_idx on users", "CREATES index users_mail_idx on users",
                "ALTERS view v",
                "ALTERS function f(integer)",
                "DROPS function f(integer)", "CREATES function g(integer)",
                "ALTERS sequence s",
                "ALTERS extension pgcrypto",
                "DROPS policy p on t", "CREATES policy q on t",
                "DROPS schema a", "CREATES schema b"),
                described("""
                        ALTER TYPE mood ADD VALUE IF NOT EXISTS 'great' AFTER 'ok';
                        ALTER TYPE mood RENAME TO feeling;
                        ALTER TYPE pair ADD ATTRIBUTE note text;
                        CREATE INDEX users_email_idx ON users (email);
                        ALTER INDEX users_email_idx RENAME TO users_mail_idx;
                        ALTER VIEW v OWNER TO app;
                        ALTER FUNCTION f(a int) SECURITY DEFINER;
                        ALTER FUNCTION f(int) RENAME TO g;
                        ALTER SEQUENCE s RESTART WITH 5;
                        ALTER EXTENSION pgcrypto UPDATE;
                        ALTER POLICY p ON t RENAME TO q;
                        ALTER SCHEMA a RENAME TO b;
                        """).stream().filter(s -> !s.startsWith("CREATES index users_email_idx")).toList());
    }

    @Test
    void dropsEveryNamedObject() {
        assertEquals(List.of(
                "DROPS table a", "DROPS table s.b",
                "DROPS index CONCURRENTLY_is_a_keyword_here",
                "DROPS view v", "DROPS materialized view mv", "DROPS sequence q",
                "DROPS type mood", "DROPS type email (domain)",
                "DROPS function f(integer, text)", "DROPS function g",
                "DROPS schema old", "DROPS extension pgcrypto",
                "DROPS trigger trg on t", "DROPS policy p on s.t"),
                described("""
                        DROP TABLE IF EXISTS a, s.b CASCADE;
                        DROP INDEX CONCURRENTLY IF EXISTS "CONCURRENTLY_is_a_keyword_here";
                        DROP VIEW v; DROP MATERIALIZED VIEW mv; DROP SEQUENCE q RESTRICT;
                        DROP TYPE mood; DROP DOMAIN email;
                        DROP FUNCTION f(a int, b text); DROP PROCEDURE g;
                        DROP SCHEMA old CASCADE; DROP EXTENSION pgcrypto;
                        DROP TRIGGER IF EXISTS trg ON t; DROP POLICY p ON s.t;
                        """));
    }

    @Test
    void dmlAndCommentsAreReferencesOnly() {
        String sql = """
                INSERT INTO plans (code) VALUES ('free');
                UPDATE ONLY users SET plan = 'free';
                DELETE FROM public.sessions WHERE expired;
                WITH old AS (SELECT 1) DELETE FROM audit_log USING old;
                TRUNCATE TABLE a, ONLY b;
                COMMENT ON TABLE users IS 'x';
                COMMENT ON COLUMN public.users.email IS 'y';
                COMMENT ON CONSTRAINT users_pkey ON users IS 'z';
                COMMENT ON INDEX users_pkey IS 'not a table';
                GRANT SELECT, INSERT ON TABLE reports, audit TO app;
                GRANT USAGE ON SCHEMA app TO app;
                COPY countries (code) FROM STDIN;
                LOCK TABLE jobs IN EXCLUSIVE MODE;
                SELECT set_config('search_path', 'app', false);
                SET lock_timeout = '5s';
                """;
        assertTrue(extract(sql).objects().isEmpty());
        assertTrue(extract(sql).skipped().isEmpty());
        assertEquals(List.of("1 insert plans", "2 update users", "3 delete public.sessions", "4 delete audit_log",
                "5 truncate a", "5 truncate b", "6 comment users", "7 comment public.users", "8 comment users",
                "10 grant reports", "10 grant audit", "12 copy countries", "13 lock jobs"), references(sql));
    }

    @Test
    void unknownDdlIsReportedAsSkipped() {
        Extraction extraction = extract("""
                CREATE AGGREGATE my_sum (int) (sfunc = int4pl, stype = int);
                CREATE ROLE app;
                ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO app;
                CREATE TABLE t (a int)
                """);
        assertEquals(List.of("statement 1 (CREATE AGGREGATE): objects not extracted"), extraction.skipped());
        assertEquals(List.of("CREATES table t", "CREATES column t.a (integer)"),
                ExtractionAssertions.described(extraction));
    }

    @Test
    void statementsThatDoNotParseAreSkippedWhole() {
        Extraction extraction = extract("CREATE TABLE t (a int CHECK);\nCREATE TABLE u (b int)");
        assertEquals(List.of("CREATES table u", "CREATES column u.b (integer)"),
                ExtractionAssertions.described(extraction));
        assertEquals(1, extraction.skipped().size());
        assertTrue(extraction.skipped().get(0).startsWith("statement 1 (CREATE TABLE): not understood"),
                extraction.skipped().get(0));
    }
}
