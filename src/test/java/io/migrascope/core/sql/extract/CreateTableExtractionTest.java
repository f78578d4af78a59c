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

class CreateTableExtractionTest {

    @Test
    void tableColumnsAndInlineConstraintsWithDefaultNames() {
        assertEquals(List.of(
                "CREATES table users",
                "CREATES column users.id (bigint)",
                "CREATES column users.org_id (integer)",
                "CREATES column users.email (character varying(64))",
                "CREATES column users.age (integer)",
                "CREATES sequence users_id_seq",
                "CREATES constraint users_age_check on users (CHECK)",
                "CREATES constraint users_pkey on users (PRIMARY KEY)",
                "CREATES constraint users_email_key on users (UNIQUE)",
                "CREATES constraint users_org_id_fkey on users (FOREIGN KEY)"),
                described("""
                        CREATE TABLE users (
                          id bigserial PRIMARY KEY,
                          org_id int NOT NULL REFERENCES orgs (id) ON DELETE SET NULL,
                          email varchar(64) NOT NULL UNIQUE, -- a comment, with a comma
                          age int DEFAULT 18 CHECK (age >= 0)
                        )"""));
    }

    @Test
    void tableConstraintsNamedAndUnnamed() {
        assertEquals(List.of(
                "CREATES table app.pins",
                "CREATES column app.pins.request_id (uuid)",
                "CREATES column app.pins.user_id (uuid)",
                "CREATES column app.pins.position (smallint)",
                "CREATES constraint pins_position_check on app.pins (CHECK)",
                "CREATES constraint pins_check on app.pins (CHECK)",
                "CREATES constraint pins_pkey on app.pins (PRIMARY KEY)",
                "CREATES constraint pins_user_id_position_key on app.pins (UNIQUE)",
                "CREATES constraint pins_owner_fk on app.pins (FOREIGN KEY)",
                "CREATES constraint pins_request_id_user_id_fkey on app.pins (FOREIGN KEY)"),
                described("""
                        CREATE TABLE IF NOT EXISTS app.pins (
                          request_id uuid NOT NULL,
                          user_id uuid NOT NULL,
                          position smallint NOT NULL DEFAULT 0,
                          CHECK (position >= 0),
                          CHECK (request_id <> user_id),
                          PRIMARY KEY (request_id, user_id),
                          UNIQUE (user_id, position),
                          CONSTRAINT pins_owner_fk FOREIGN KEY (user_id) REFERENCES users (id),
                          FOREIGN KEY (request_id, user_id) REFERENCES app.request_users (request_id, user_id)
                        )"""));
    }

    @Test
    void checkIsNamedAfterTheOneColumnItUsesNotWhereItIsWritten() {
        assertEquals(List.of(
                "CREATES table t",
                "CREATES column t.a (integer)",
                "CREATES column t.b (integer)",
                "CREATES constraint t_b_check on t (CHECK)",
                "CREATES constraint t_check on t (CHECK)",
                "CREATES constraint t_b_check1 on t (CHECK)",
                "CREATES constraint t_a_check on t (CHECK)"),
                described("""
                        CREATE TABLE t (
                          a int CHECK (b > 0),
                          b int CHECK (a < b) CHECK (b < 100),
                          CHECK (char_length(a::text) < 9)
                        )"""));
    }

    @Test
    void quotedNamesKeepTheirCaseAndUnquotedOnesFold() {
        assertEquals(List.of(
                "CREATES table Billing.Invoice Lines",
                "CREATES column Billing.Invoice Lines.LineNo (integer)",
                "CREATES column Billing.Invoice Lines.amount (numeric(10,2))",
                "CREATES constraint Invoice Lines_pkey on Billing.Invoice Lines (PRIMARY KEY)"),
                described("create table \"Billing\".\"Invoice Lines\" (\"LineNo\" INT primary key, AMOUNT NUMERIC(10,2))"));
    }

    @Test
    void primaryKeyAndUniqueOnTheSameColumnsShareOneIndex() {
        assertEquals(List.of("CREATES table t", "CREATES column t.id (integer)",
                "CREATES constraint t_pkey on t (PRIMARY KEY)"),
                described("CREATE TABLE t (id int PRIMARY KEY UNIQUE)"));
    }

    @Test
    void identityColumnsOwnASequence() {
        assertEquals(List.of("CREATES table t", "CREATES column t.id (bigint)", "CREATES sequence t_id_seq",
                "CREATES constraint t_pkey on t (PRIMARY KEY)"),
                described("CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10) PRIMARY KEY)"));
    }

    @Test
    void generatedColumnsAndOtherClausesAreNotConstraints() {
        assertEquals(List.of("CREATES table t", "CREATES column t.a (integer)", "CREATES column t.b (integer)",
                "CREATES column t.c (text)"),
                described("""
                        CREATE UNLOGGED TABLE t (
                          a int DEFAULT (1 + 2) NOT NULL,
                          b int GENERATED ALWAYS AS (a * 2) STORED,
                          c text COLLATE "C" COMPRESSION pglz DEFAULT 'x'::text
                        ) WITH (fillfactor = 70) TABLESPACE pg_default"""));
    }

    @Test
    void excludeConstraintsAreNamedAfterTheirColumns() {
        assertEquals(List.of("CREATES table bookings", "CREATES column bookings.room (integer)",
                "CREATES column bookings.during (tstzrange)",
                "CREATES constraint bookings_room_during_excl on bookings (EXCLUDE)"),
                described("CREATE TABLE bookings (room int, during tstzrange,"
                        + " EXCLUDE USING gist (room WITH =, during WITH &&))"));
    }

    @Test
    void longNamesAreTruncatedLikeTheServerDoes() {
        String table = "customer_subscription_billing_history_entries";
        String column = "stripe_customer_identifier_value";
        List<String> objects = described("CREATE TABLE " + table + " (" + column + " text UNIQUE)");
        // 58 bytes for both names: the table is cut to the column's length, then both lose a byte in turn.
        assertEquals("CREATES constraint customer_subscription_billing_stripe_customer_identifier_va_key on "
                + table + " (UNIQUE)", objects.get(objects.size() - 1));
    }

    @Test
    void partitionOfCreatesATableAndUsesTheParent() {
        assertEquals(List.of("CREATES table events_2024", "CREATES constraint events_2024_pkey on events_2024 (PRIMARY KEY)"),
                described("CREATE TABLE events_2024 PARTITION OF events (PRIMARY KEY (id, at))"
                        + " FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"));
        assertEquals(List.of("1 partition of events"),
                references("CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM (1) TO (2)"));
    }

    @Test
    void inheritsAndLikeAreReferences() {
        Extraction extraction = extract("CREATE TABLE child (LIKE base INCLUDING ALL, extra int) INHERITS (parent)");
        assertEquals(List.of("CREATES table child", "CREATES column child.extra (integer)"),
                ExtractionAssertions.described(extraction));
        assertEquals(List.of("statement 1 (CREATE TABLE ... LIKE): columns copied from base are not extracted"),
                extraction.skipped());
        assertEquals(List.of("like base", "inherits parent"),
                extraction.references().stream().map(r -> r.how() + " " + r.table()).toList());
    }

    @Test
    void createTableAsHasNoColumnList() {
        Extraction extraction = extract("CREATE TABLE IF NOT EXISTS report AS SELECT 1 AS n");
        assertEquals(List.of("CREATES table report"), ExtractionAssertions.described(extraction));
        assertTrue(extraction.skipped().get(0).startsWith("statement 1 (CREATE TABLE AS)"));
    }

    @Test
    void temporaryTablesAreNotProbeable() {
        Extraction extraction = extract("CREATE TEMP TABLE scratch (a int)");
        assertTrue(extraction.objects().isEmpty());
        assertEquals(1, extraction.skipped().size());
    }

    @Test
    void selfReferencesAndTablesMadeEarlierInTheFileAreNotDependencies() {
        assertEquals(List.of("2 foreign key users"), references("""
                CREATE TABLE orgs (id int PRIMARY KEY);
                CREATE TABLE messages (id int PRIMARY KEY, reply_to int REFERENCES messages,
                  org int REFERENCES orgs, author int REFERENCES users (id));
                CREATE INDEX ON messages (org);
                """));
    }

    @Test
    void unnamedNamesAvoidNamesTakenEarlierInTheFile() {
        List<String> objects = described("""
                CREATE TABLE t (a int UNIQUE);
                CREATE INDEX t_a_key1 ON t (a);
                ALTER TABLE t ADD UNIQUE (a);
                """);
        assertEquals("CREATES constraint t_a_key2 on t (UNIQUE)", objects.get(objects.size() - 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE TABLE t (id int REFERENCES u MATCH FULL ON UPDATE CASCADE ON DELETE NO ACTION DEFERRABLE INITIALLY DEFERRED) | t_id_fkey
            CREATE TABLE t (id int CONSTRAINT own_name REFERENCES u)                                                       | own_name
            CREATE TABLE t (id int, CONSTRAINT t_id_key UNIQUE NULLS NOT DISTINCT (id) INCLUDE (id) WITH (fillfactor=90))   | t_id_key
            CREATE TABLE t (id int, UNIQUE (id) USING INDEX TABLESPACE pg_default)                                         | t_id_key
            """)
    void constraintClausesAreSteppedOver(String sql, String name) {
        SchemaObject constraint = ExtractionAssertions.only(sql, ObjectKind.CONSTRAINT);
        assertEquals(name, constraint.name());
    }
}
