package io.migrascope.core.sql.extract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Realistic table definitions, the kind ORMs and people write, chosen to exercise type spellings and
 * the server's naming rules (multi-column keys, truncation, repeats, expressions, quoting).
 */
final class ExtractionCorpus {
    static final Map<String, String> SCRIPTS = new LinkedHashMap<>();

    static {
        SCRIPTS.put("every common type", """
                CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
                CREATE TABLE everything (
                  a int, b INTEGER, c int4, d int2, e smallint, f int8, g bigint,
                  h real, i float4, j float(24), k float(53), l float, m float8, n double precision,
                  o numeric, p numeric(10,2), q decimal(12), r dec(5, 1),
                  s bool, t boolean, u text, v varchar, w varchar(64), x character varying(255),
                  y char, z char(3), aa character(10), ab bpchar, ac "char",
                  ad bit, ae bit(8), af bit varying(16), ag varbit,
                  ah timestamp, ai timestamp(3), aj timestamp without time zone, ak timestamptz,
                  al timestamp with time zone, am TIMESTAMP(6) WITH TIME ZONE, an timestamptz(0),
                  ao time, ap time(2) with time zone, aq timetz, ar time without time zone,
                  as_ interval, at_ interval(3), au interval day, av interval day to second,
                  aw interval hour to minute, ax interval second(2), ay interval year to month,
                  az date, ba uuid, bb json, bc jsonb, bd bytea, be inet, bf cidr, bg macaddr, bh money,
                  bi tsvector, bj xml, bk point, bl int4range, bm tstzrange, bn oid, bo name,
                  bp text[], bq int[], br integer[][], bs int[3], bt integer ARRAY, bu varchar(64)[],
                  bv timestamptz[], bw numeric(10,2)[], bx mood, by_ mood[], bz pg_catalog.int4, ca "int8"
                );
                """);
        SCRIPTS.put("serial, identity and inline constraints", """
                CREATE TABLE organizations (id bigserial PRIMARY KEY, slug text NOT NULL UNIQUE);
                CREATE TABLE users (
                  id serial PRIMARY KEY,
                  n smallserial,
                  ext_id bigint GENERATED ALWAYS AS IDENTITY,
                  org_id bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                  email varchar(320) NOT NULL UNIQUE CHECK (position('@' IN email) > 1),
                  age int DEFAULT 18 CHECK (age >= 0) CHECK (age < 200),
                  stripe_customer_id varchar(64) UNIQUE
                );
                """);
        SCRIPTS.put("table constraints and numbering", """
                CREATE TABLE requests (id uuid PRIMARY KEY, owner uuid);
                CREATE TABLE users (id uuid PRIMARY KEY);
                CREATE TABLE request_pins (
                  request_id uuid NOT NULL REFERENCES requests (id),
                  user_id uuid NOT NULL,
                  position smallint NOT NULL DEFAULT 0 CHECK (position >= 0),
                  pinned_at timestamptz NOT NULL DEFAULT now(),
                  PRIMARY KEY (request_id, user_id),
                  UNIQUE (user_id, position),
                  UNIQUE (user_id, pinned_at),
                  CONSTRAINT request_pins_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
                  CHECK (position < 100),
                  CHECK (pinned_at > '2020-01-01' AND position IS NOT NULL),
                  CHECK (true)
                );
                """);
        SCRIPTS.put("quoted names and schemas", """
                CREATE SCHEMA "Billing";
                CREATE TABLE "Billing"."Invoice Lines" (
                  "LineNo" INT PRIMARY KEY,
                  "Amount" NUMERIC(10, 2) NOT NULL CHECK ("Amount" > 0),
                  note TEXT UNIQUE,
                  "Größe" int UNIQUE
                );
                CREATE INDEX ON "Billing"."Invoice Lines" ("Amount", note);
                """);
        SCRIPTS.put("names cut to 63 bytes", """
                CREATE TABLE customer_subscription_billing_history_entries_for_reporting (
                  id bigserial PRIMARY KEY,
                  stripe_customer_identifier_value text UNIQUE,
                  another_rather_long_column_name_for_testing_the_truncation int,
                  größenangabe_für_die_abrechnung_mit_umlauten_überall_äöü int UNIQUE,
                  UNIQUE (stripe_customer_identifier_value, another_rather_long_column_name_for_testing_the_truncation),
                  CHECK (another_rather_long_column_name_for_testing_the_truncation > 0)
                );
                CREATE INDEX ON customer_subscription_billing_history_entries_for_reporting
                  (another_rather_long_column_name_for_testing_the_truncation);
                """);
        SCRIPTS.put("unnamed expression indexes", """
                CREATE TABLE users (id int PRIMARY KEY, email text, a int, b int, tags text[], data jsonb, deleted_at date);
                CREATE INDEX ON users (lower(email));
                CREATE INDEX ON users (lower(email));
                CREATE UNIQUE INDEX ON users (email) WHERE deleted_at IS NULL;
                CREATE INDEX ON users ((a::text), ((a + b)::int), (CASE WHEN a > 0 THEN 1 END), coalesce(a, 0));
                CREATE INDEX ON users (lower(email), lower(email), (a + b));
                CREATE INDEX ON users USING gin (tags);
                CREATE INDEX ON users ((data->>'kind'));
                CREATE INDEX ON users (a DESC NULLS LAST, b);
                CREATE INDEX users_named_idx ON users (b);
                """);
        SCRIPTS.put("alter table on a table of the same file", """
                CREATE TABLE accounts (id int PRIMARY KEY, balance int, mail text);
                ALTER TABLE accounts ADD COLUMN plan varchar(20) NOT NULL DEFAULT 'free' CHECK (plan <> ''),
                  ADD COLUMN seq_no serial, ADD CHECK (balance >= 0), ADD UNIQUE (mail);
                ALTER TABLE accounts ALTER COLUMN balance TYPE bigint, ALTER COLUMN plan SET DATA TYPE text;
                ALTER TABLE accounts ADD CONSTRAINT accounts_balance_check1 CHECK (balance < 1000000);
                ALTER TABLE accounts ADD CHECK (balance <> 42);
                ALTER TABLE accounts RENAME COLUMN mail TO email;
                ALTER TABLE accounts DROP COLUMN seq_no;
                ALTER TABLE accounts ADD COLUMN parent int REFERENCES accounts;
                ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
                """);
        SCRIPTS.put("primary key merged with unique, exclusion", """
                CREATE TABLE t (id int PRIMARY KEY UNIQUE, code text UNIQUE, UNIQUE (code), during tstzrange,
                  EXCLUDE USING gist (during WITH &&), EXCLUDE USING btree (id WITH =));
                """);
        SCRIPTS.put("seed 001 idempotent pattern", """
                CREATE TABLE IF NOT EXISTS "organizations" ("id" TEXT NOT NULL PRIMARY KEY);
                CREATE TABLE IF NOT EXISTS "revenue_system_versions" (
                    "id" TEXT NOT NULL,
                    "organization_id" TEXT NOT NULL,
                    "payload" JSONB NOT NULL,
                    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
                    CONSTRAINT "revenue_system_versions_pkey" PRIMARY KEY ("id")
                );
                DO $$ BEGIN
                    CREATE INDEX "revenue_system_versions_organization_id_idx" ON "revenue_system_versions"("organization_id");
                EXCEPTION WHEN duplicate_table THEN NULL;
                END $$;
                DO $$ BEGIN
                    ALTER TABLE "revenue_system_versions" ADD CONSTRAINT "revenue_system_versions_organization_id_fkey"
                      FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
                EXCEPTION WHEN duplicate_object THEN NULL;
                END $$;
                ALTER TABLE public.revenue_system_versions ENABLE ROW LEVEL SECURITY;
                DO $$ BEGIN
                    CREATE POLICY "revenue_system_versions_deny_all" ON public.revenue_system_versions FOR ALL USING (false);
                EXCEPTION WHEN duplicate_object THEN NULL;
                END $$;
                """);
        SCRIPTS.put("other object kinds", """
                CREATE SCHEMA app;
                CREATE EXTENSION IF NOT EXISTS pgcrypto;
                CREATE TYPE app.money_pair AS (amount numeric(10, 2), currency char(3));
                CREATE TYPE floatrange AS RANGE (subtype = float8);
                CREATE DOMAIN email AS text CHECK (VALUE ~ '@');
                CREATE SEQUENCE invoice_no START 1000;
                CREATE TABLE app.docs (id int PRIMARY KEY, owner name, body text, n bigint);
                CREATE VIEW app.doc_owners AS SELECT DISTINCT owner FROM app.docs;
                CREATE MATERIALIZED VIEW doc_count AS SELECT count(*) FROM app.docs;
                CREATE FUNCTION app.touch(doc_id int, OUT touched boolean, note varchar(10) DEFAULT NULL, VARIADIC tags text[] = '{}')
                  LANGUAGE sql AS $$ SELECT true $$;
                CREATE PROCEDURE app.archive(IN before timestamptz, INOUT n bigint) LANGUAGE sql AS $$ SELECT 1::bigint $$;
                CREATE FUNCTION app.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER docs_stamp BEFORE INSERT OR UPDATE OF body ON app.docs FOR EACH ROW EXECUTE FUNCTION app.stamp();
                CREATE POLICY "owner reads" ON app.docs FOR SELECT USING (owner = current_user);
                CREATE SCHEMA hr CREATE TABLE staff (id int PRIMARY KEY) CREATE INDEX ON staff (id);
                """);
    }

    private ExtractionCorpus() {
    }
}
