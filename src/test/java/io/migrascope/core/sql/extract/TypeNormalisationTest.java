package io.migrascope.core.sql.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Column types come out as format_type prints them; {@link ExtractionAgainstPostgresTest} checks the
 * same spellings against a real server, these pin them down without one.
 */
class TypeNormalisationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            int                               | integer
            INTEGER                           | integer
            int4                              | integer
            "int4"                            | integer
            pg_catalog.int4                   | integer
            int2                              | smallint
            smallint                          | smallint
            int8                              | bigint
            bigint                            | bigint
            serial                            | integer
            serial4                           | integer
            bigserial                         | bigint
            serial8                           | bigint
            smallserial                       | smallint
            real                              | real
            float4                            | real
            float(24)                         | real
            float(25)                         | double precision
            float                             | double precision
            float8                            | double precision
            double precision                  | double precision
            numeric                           | numeric
            numeric(10,2)                     | numeric(10,2)
            numeric(10, 2)                    | numeric(10,2)
            decimal(12)                       | numeric(12,0)
            dec(5,1)                          | numeric(5,1)
            bool                              | boolean
            boolean                           | boolean
            text                              | text
            varchar                           | character varying
            varchar(64)                       | character varying(64)
            character varying(64)             | character varying(64)
            char                              | character(1)
            char(3)                           | character(3)
            character(10)                     | character(10)
            bpchar                            | bpchar
            national character varying(5)     | character varying(5)
            bit                               | bit(1)
            bit(8)                            | bit(8)
            bit varying(8)                    | bit varying(8)
            varbit                            | bit varying
            timestamp                         | timestamp without time zone
            timestamp(3)                      | timestamp(3) without time zone
            timestamp without time zone       | timestamp without time zone
            timestamptz                       | timestamp with time zone
            timestamp with time zone          | timestamp with time zone
            TIMESTAMP(6) WITH TIME ZONE       | timestamp(6) with time zone
            timestamptz(0)                    | timestamp(0) with time zone
            time                              | time without time zone
            time(2) with time zone            | time(2) with time zone
            timetz                            | time with time zone
            interval                          | interval
            interval(3)                       | interval(3)
            interval day                      | interval day
            interval day to second            | interval day to second
            interval hour to minute           | interval hour to minute
            interval second(2)                | interval second(2)
            date                              | date
            uuid                              | uuid
            jsonb                             | jsonb
            bytea                             | bytea
            inet                              | inet
            text[]                            | text[]
            int[]                             | integer[]
            integer[][]                       | integer[]
            int[3]                            | integer[]
            integer ARRAY                     | integer[]
            varchar(64)[]                     | character varying(64)[]
            timestamptz[]                     | timestamp with time zone[]
            numeric(10,2)[]                   | numeric(10,2)[]
            "char"                            | "char"
            request_status                    | request_status
            public.request_status             | request_status
            billing.invoice_state             | billing.invoice_state
            "Mood"                            | "Mood"
            geometry(Point, 4326)             | geometry(Point,4326)
            """)
    void columnTypesComeOutAsFormatTypePrintsThem(String written, String expected) {
        SchemaObject column = ExtractionAssertions.only("CREATE TABLE t (c " + written + " NOT NULL)", ObjectKind.COLUMN);
        assertEquals(expected, column.detail());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            int                                  | integer
            a int                                | integer
            IN a int DEFAULT 1                   | integer
            a varchar(10) = 'x'                  | character varying
            b char(4)                            | character
            VARIADIC xs text[]                   | text[]
            double precision                     | double precision
            ts timestamp(3) with time zone       | timestamp with time zone
            n numeric(10,2)                      | numeric
            INOUT x bigint                       | bigint
            """)
    void functionArgumentsDropNamesModesDefaultsAndModifiers(String argument, String expected) {
        SchemaObject function = ExtractionAssertions.only(
                "CREATE FUNCTION f(" + argument + ") RETURNS int LANGUAGE sql AS 'select 1'", ObjectKind.FUNCTION);
        assertEquals(expected, function.detail());
    }

    @Test
    void functionSignatureListsInputTypesOnly() {
        SchemaObject function = ExtractionAssertions.only("CREATE OR REPLACE FUNCTION app.touch(user_id uuid, OUT n int,"
                + " note text DEFAULT NULL, tags text[] = '{}') RETURNS int LANGUAGE sql AS $$ select 1 $$",
                ObjectKind.FUNCTION);
        assertEquals("app", function.schema());
        assertEquals("uuid, text, text[]", function.detail());
        assertEquals("function app.touch(uuid, text, text[])", function.display());
    }

    @Test
    void percentTypeArgumentsLeaveTheSignatureUnknown() {
        SchemaObject function = ExtractionAssertions.only(
                "CREATE FUNCTION f(a users.email%TYPE) RETURNS int LANGUAGE sql AS 'select 1'", ObjectKind.FUNCTION);
        assertNull(function.detail());
    }

    @Test
    void noArgumentsIsAnEmptyList() {
        SchemaObject function = ExtractionAssertions.only(
                "CREATE PROCEDURE p() LANGUAGE sql AS 'select 1'", ObjectKind.FUNCTION);
        assertEquals("", function.detail());
    }
}
