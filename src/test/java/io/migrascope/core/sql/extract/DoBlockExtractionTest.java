package io.migrascope.core.sql.extract;

import static io.migrascope.core.sql.extract.ExtractionAssertions.described;
import static io.migrascope.core.sql.extract.ExtractionAssertions.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard blocks of idempotent migrations (seed 001's pattern) are read through; other DO blocks are not. */
class DoBlockExtractionTest {

    @Test
    void seedPatternIsReadThrough() {
        String sql = """
                CREATE TABLE IF NOT EXISTS "revenue_system_versions" ("id" TEXT NOT NULL, "org_id" TEXT NOT NULL);

                DO $$ BEGIN
                    ALTER TABLE "revenue_system_versions" ADD CONSTRAINT "revenue_system_versions_org_id_fkey"
                      FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE;
                EXCEPTION
                    WHEN duplicate_object THEN NULL;
                END $$;

                DO $$ BEGIN
                    CREATE POLICY "policy_name" ON public.revenue_system_versions FOR ALL USING (false);
                EXCEPTION
                    WHEN duplicate_object THEN NULL;
                END $$;

                do $guard$ begin create index "rsv_org_idx" on "revenue_system_versions"("org_id");
                exception when duplicate_table or duplicate_object then null; end $guard$;
                """;
        assertEquals(List.of(
                "CREATES table revenue_system_versions",
                "CREATES column revenue_system_versions.id (text)",
                "CREATES column revenue_system_versions.org_id (text)",
                "CREATES constraint revenue_system_versions_org_id_fkey on revenue_system_versions (FOREIGN KEY)",
                "CREATES policy policy_name on public.revenue_system_versions",
                "CREATES index rsv_org_idx on revenue_system_versions"), described(sql));
        List<SchemaObject> objects = extract(sql).objects();
        assertEquals(2, objects.get(3).statementIndex());
        assertEquals(3, objects.get(4).statementIndex());
        assertEquals(4, objects.get(5).statementIndex());
    }

    @Test
    void ifNotExistsGuardIsReadThrough() {
        assertEquals(List.of("CREATES type status (enum)"), described("""
                DO $$
                BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'status') THEN
                    CREATE TYPE status AS ENUM ('on', 'off');
                  END IF;
                END
                $$ LANGUAGE plpgsql;
                """));
    }

    @Test
    void dollarQuotesInsideTheBodyAreFine() {
        assertEquals(List.of("CREATES function f()"), described("""
                DO $outer$ BEGIN
                  CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
                EXCEPTION WHEN duplicate_function THEN NULL;
                END $outer$;
                """));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DO $$ DECLARE n int; BEGIN CREATE TABLE t (a int); END $$",
        "DO $$ BEGIN EXECUTE 'CREATE TABLE ' || 't' || ' (a int)'; END $$",
        "DO $$ BEGIN FOR i IN 1..3 LOOP PERFORM 1; END LOOP; END $$",
        "DO $$ BEGIN CREATE TABLE t (a int); UPDATE t SET a = 1; EXCEPTION WHEN others THEN NULL; END $$",
        "DO $$ BEGIN IF EXISTS (SELECT 1) THEN CREATE TABLE a (x int); ELSE CREATE TABLE b (x int); END IF; END $$",
        "DO LANGUAGE plperl $$ 1 $$",
        "DO 'BEGIN NULL; END'"})
    void otherBlocksAreSkipped(String sql) {
        Extraction extraction = extract(sql);
        assertTrue(extraction.objects().isEmpty(), () -> extraction.objects().toString());
        assertEquals(List.of("statement 1 (DO block): objects not extracted"), extraction.skipped());
    }
}
