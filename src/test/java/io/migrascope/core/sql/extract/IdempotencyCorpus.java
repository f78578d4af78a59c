package io.migrascope.core.sql.extract;

import java.util.List;

/**
 * Migrations that cannot run twice, each with the setup a real project would have had before it
 * (tables it alters or drops). Between them they use every rewrite Idempotency knows.
 */
final class IdempotencyCorpus {
    /** A migration and what exists before it runs. */
    record Case(String name, String setup, String migration) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("seed 001: prisma migration before the fix", """
                    CREATE TABLE "organizations" ("id" TEXT NOT NULL PRIMARY KEY);
                    """, """
                    -- CreateTable
                    CREATE TABLE "revenue_system_versions" (
                        "id" TEXT NOT NULL,
                        "organization_id" TEXT NOT NULL,
                        "status" TEXT NOT NULL DEFAULT 'draft',
                        "payload" JSONB NOT NULL,
                        "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
                        CONSTRAINT "revenue_system_versions_pkey" PRIMARY KEY ("id")
                    );

                    -- CreateIndex
                    CREATE INDEX "revenue_system_versions_organization_id_status_idx" ON "revenue_system_versions"("organization_id", "status");

                    -- AddForeignKey
                    ALTER TABLE "revenue_system_versions" ADD CONSTRAINT "revenue_system_versions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

                    ALTER TABLE public.revenue_system_versions ENABLE ROW LEVEL SECURITY;
                    CREATE POLICY "revenue_system_versions_deny_all" ON public.revenue_system_versions FOR ALL USING (false);
                    """),
            new Case("seed 001: the 'fixed' migration, whose index guard catches the wrong error", """
                    CREATE TABLE "organizations" ("id" TEXT NOT NULL PRIMARY KEY);
                    """, """
                    CREATE TABLE IF NOT EXISTS "revenue_system_versions" (
                        "id" TEXT NOT NULL,
                        "organization_id" TEXT NOT NULL,
                        CONSTRAINT "revenue_system_versions_pkey" PRIMARY KEY ("id")
                    );

                    DO $$ BEGIN
                        CREATE INDEX "revenue_system_versions_organization_id_idx" ON "revenue_system_versions"("organization_id");
                    EXCEPTION
                        WHEN duplicate_object THEN NULL;
                    END $$;

                    DO $$ BEGIN
                        ALTER TABLE "revenue_system_versions" ADD CONSTRAINT "revenue_system_versions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
                    EXCEPTION
                        WHEN duplicate_object THEN NULL;
                    END $$;

                    ALTER TABLE public.revenue_system_versions ENABLE ROW LEVEL SECURITY;

                    DO $$ BEGIN
                        CREATE POLICY "policy_name" ON public.revenue_system_versions FOR ALL USING (false);
                    EXCEPTION
                        WHEN duplicate_object THEN NULL;
                    END $$;
                    """),
            new Case("drizzle generate output", "", """
                    CREATE TYPE "public"."plan" AS ENUM('free', 'pro');--> statement-breakpoint
                    CREATE TABLE "users" (
                    	"id" serial PRIMARY KEY NOT NULL,
                    	"email" varchar(255) NOT NULL,
                    	"plan" "plan" DEFAULT 'free' NOT NULL,
                    	CONSTRAINT "users_email_unique" UNIQUE("email")
                    );
                    --> statement-breakpoint
                    CREATE TABLE "posts" (
                    	"id" bigserial PRIMARY KEY NOT NULL,
                    	"author_id" integer NOT NULL,
                    	"title" text NOT NULL
                    );
                    --> statement-breakpoint
                    ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
                    CREATE INDEX "posts_author_idx" ON "posts" USING btree ("author_id");
                    create index on posts (lower(title));
                    """),
            new Case("alter table subcommands", """
                    CREATE TABLE requests (id uuid NOT NULL, title text, legacy_flag boolean, old_note text,
                      CONSTRAINT requests_old_check CHECK (title <> ''));
                    CREATE TYPE request_status AS ENUM ('open', 'closed');
                    CREATE TABLE owners (id uuid PRIMARY KEY);
                    """, """
                    ALTER TABLE requests ADD COLUMN due_date date, ADD COLUMN category text NOT NULL DEFAULT 'general';
                    ALTER TABLE requests ADD CHECK (category IN ('general', 'it'));
                    ALTER TABLE requests ADD COLUMN owner_id uuid REFERENCES owners, ADD COLUMN ticket_no serial UNIQUE;
                    alter table requests add unique (title), add primary key (id);
                    ALTER TABLE requests DROP COLUMN legacy_flag;
                    ALTER TABLE requests DROP CONSTRAINT requests_old_check;
                    ALTER TABLE requests RENAME COLUMN old_note TO note;
                    ALTER TYPE request_status ADD VALUE 'blocked' BEFORE 'closed';
                    ALTER TABLE requests ADD COLUMN IF NOT EXISTS resolved_at timestamptz,
                      ADD CONSTRAINT requests_resolved_check CHECK (resolved_at IS NULL OR resolved_at > '2020-01-01');
                    """),
            new Case("routines, views, triggers and a check holding $$", """
                    CREATE TABLE notes (id int PRIMARY KEY, body text, updated_at timestamptz);
                    """, """
                    CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                      NEW.updated_at := now(); -- comments inside bodies stay
                      RETURN NEW;
                    END;
                    $$;
                    CREATE PROCEDURE purge(days int) LANGUAGE sql AS $$ DELETE FROM notes WHERE false $$;
                    CREATE TRIGGER notes_updated_at BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION set_updated_at();
                    CREATE VIEW note_bodies AS SELECT id, body FROM notes;
                    CREATE MATERIALIZED VIEW note_count AS SELECT count(*) AS n FROM notes;
                    CREATE TABLE notes_archive AS SELECT * FROM notes WITH NO DATA;
                    ALTER TABLE notes ADD CONSTRAINT notes_body_check CHECK (body <> $$-- not a comment$$);
                    CREATE DOMAIN short_text AS text DEFAULT $x$none$x$ CHECK (length(VALUE) < 100);
                    """),
            new Case("schemas, sequences, types and policies", "", """
                    CREATE SCHEMA billing;
                    CREATE SCHEMA reports CREATE TABLE daily (day date PRIMARY KEY) CREATE VIEW latest AS SELECT max(day) FROM daily;
                    CREATE EXTENSION pgcrypto;
                    CREATE SEQUENCE billing.invoice_no START 1000;
                    CREATE TYPE billing.money_pair AS (amount numeric(10,2), currency char(3));
                    CREATE TYPE billing.period AS RANGE (subtype = date);
                    CREATE TABLE billing.invoices (no bigint PRIMARY KEY DEFAULT nextval('billing.invoice_no'), total billing.money_pair);
                    ALTER TABLE billing.invoices ENABLE ROW LEVEL SECURITY;
                    CREATE POLICY invoices_read ON billing.invoices FOR SELECT USING (true);
                    CREATE FUNCTION billing.check_total() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                    CREATE CONSTRAINT TRIGGER invoices_total AFTER INSERT ON billing.invoices
                      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION billing.check_total();
                    CREATE UNIQUE INDEX CONCURRENTLY invoices_total_idx ON billing.invoices (((total).amount));
                    """),
            new Case("renames and drops", """
                    CREATE TABLE legacy_users (id int PRIMARY KEY, mail text);
                    CREATE TABLE junk (id int);
                    CREATE INDEX junk_idx ON junk (id);
                    CREATE VIEW junk_view AS SELECT 1 AS one;
                    CREATE TYPE junk_type AS ENUM ('x');
                    CREATE FUNCTION junk_fn(a int) RETURNS int LANGUAGE sql AS 'SELECT 1';
                    CREATE SEQUENCE junk_seq;
                    CREATE SCHEMA junk_schema;
                    """, """
                    ALTER TABLE legacy_users RENAME TO users;
                    ALTER TABLE users RENAME CONSTRAINT legacy_users_pkey TO users_pkey;
                    ALTER INDEX users_pkey RENAME TO users_pk;
                    DROP VIEW junk_view;
                    DROP INDEX junk_idx;
                    DROP TABLE junk;
                    DROP TYPE junk_type;
                    DROP FUNCTION junk_fn(int);
                    DROP SEQUENCE junk_seq;
                    DROP SCHEMA junk_schema;
                    """));

    private IdempotencyCorpus() {
    }
}
