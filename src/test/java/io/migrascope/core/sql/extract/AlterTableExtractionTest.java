package io.migrascope.core.sql.extract;

import static io.migrascope.core.sql.extract.ExtractionAssertions.described;
import static io.migrascope.core.sql.extract.ExtractionAssertions.references;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlterTableExtractionTest {

    @Test
    void addColumnVariants() {
        assertEquals(List.of(
                "CREATES column users.stripe_customer_id (character varying(64))",
                "CREATES column users.plan (text)",
                "CREATES column users.n (integer)",
                "CREATES sequence users_n_seq",
                "CREATES constraint users_plan_check on users (CHECK)",
                "CREATES constraint users_plan_key on users (UNIQUE)",
                "CREATES constraint users_plan_fkey on users (FOREIGN KEY)"),
                described("""
                        ALTER TABLE IF EXISTS ONLY users
                          ADD COLUMN stripe_customer_id varchar(64),
                          ADD IF NOT EXISTS plan text DEFAULT 'free' CHECK (plan <> '') UNIQUE REFERENCES plans (code),
                          ADD COLUMN IF NOT EXISTS n serial"""));
    }

    @Test
    void dropAndAlterColumn() {
        assertEquals(List.of(
                "DROPS column public.users.legacy",
                "ALTERS column public.users.email (text)",
                "ALTERS column public.users.age (bigint)",
                "ALTERS column public.users.name",
                "ALTERS column public.users.bio"),
                described("""
                        ALTER TABLE public.users
                          DROP COLUMN IF EXISTS legacy CASCADE,
                          ALTER COLUMN email TYPE text,
                          ALTER age SET DATA TYPE int8 USING age::int8,
                          ALTER COLUMN name SET NOT NULL,
                          ALTER COLUMN bio SET DEFAULT ''"""));
    }

    @Test
    void constraintsAddedDroppedAndValidated() {
        assertEquals(List.of(
                "CREATES constraint requests_category_check on requests (CHECK)",
                "CREATES constraint requests_check on requests (CHECK)",
                "CREATES constraint requests_pkey on requests (PRIMARY KEY)",
                "CREATES constraint requests_org_id_slug_key on requests (UNIQUE)",
                "CREATES constraint requests_org_fk on requests (FOREIGN KEY)",
                "CREATES constraint requests_owner_id_fkey on requests (FOREIGN KEY)",
                "DROPS constraint old_check on requests",
                "ALTERS constraint requests_org_fk on requests"),
                described("""
                        ALTER TABLE requests ADD CONSTRAINT requests_category_check CHECK (category IN ('a', 'b'));
                        ALTER TABLE requests ADD CHECK (resolved_at >= created_at) NOT VALID;
                        ALTER TABLE requests ADD PRIMARY KEY (id), ADD UNIQUE (org_id, slug);
                        ALTER TABLE requests ADD CONSTRAINT requests_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id),
                          ADD FOREIGN KEY (owner_id) REFERENCES users;
                        ALTER TABLE requests DROP CONSTRAINT IF EXISTS old_check;
                        ALTER TABLE requests VALIDATE CONSTRAINT requests_org_fk;
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            total >= 0 AND total < 1e9 AND total IS NOT NULL                    | orders_total_check
            char_length(code) BETWEEN 1 AND 10                                  | orders_code_check
            status::text IN ('a', 'b') OR status IS NULL                        | orders_status_check
            placed_at > date '2020-01-01' AND placed_at < CURRENT_TIMESTAMP     | orders_placed_at_check
            coalesce(total, 0) >= 0 AND placed_at IS NOT NULL                   | orders_check
            """)
    void checkColumnsAreGuessedFromTheExpressionWhenTheTableIsUnknown(String expression, String name) {
        assertEquals(List.of("CREATES constraint " + name + " on orders (CHECK)"),
                described("ALTER TABLE orders ADD CHECK (" + expression + ")"));
    }

    @Test
    void renamesAreADropAndACreate() {
        assertEquals(List.of(
                "DROPS table users", "CREATES table accounts",
                "DROPS column accounts.mail", "CREATES column accounts.email",
                "DROPS constraint accounts_mail_key on accounts", "CREATES constraint accounts_email_key on accounts",
                "DROPS table accounts", "CREATES table auth.accounts"),
                described("""
                        ALTER TABLE users RENAME TO accounts;
                        ALTER TABLE accounts RENAME COLUMN mail TO email;
                        ALTER TABLE accounts RENAME CONSTRAINT accounts_mail_key TO accounts_email_key;
                        ALTER TABLE accounts SET SCHEMA auth;
                        """));
    }

    @Test
    void tableWideSettingsAlterTheTable() {
        assertEquals(List.of("ALTERS table public.profiles"),
                described("ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY"));
        assertEquals(List.of("ALTERS table profiles"),
                described("ALTER TABLE profiles FORCE ROW LEVEL SECURITY, OWNER TO app, SET (fillfactor = 50)"));
    }

    @Test
    void everyAlteredTableIsAReferenceUnlessTheFileMadeIt() {
        assertEquals(List.of("1 alter table users", "3 attach partition events_2024"), references("""
                ALTER TABLE users ADD COLUMN x int;
                CREATE TABLE events (at date) PARTITION BY RANGE (at);
                ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                """));
    }

    @Test
    void identityAddedLaterCreatesTheSequence() {
        assertEquals(List.of("CREATES sequence t_id_seq", "ALTERS column t.id"),
                described("ALTER TABLE t ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY"));
    }
}
