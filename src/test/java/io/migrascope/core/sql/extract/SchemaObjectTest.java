package io.migrascope.core.sql.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SchemaObjectTest {

    @Test
    void displaysReadLikeEvidence() {
        assertEquals("column public.users.email (text)",
                new SchemaObject(ObjectKind.COLUMN, "public", "email", "users", "text", Effect.CREATES, 1).display());
        assertEquals("index users_email_idx on users",
                new SchemaObject(ObjectKind.INDEX, null, "users_email_idx", "users", null, Effect.CREATES, 1).display());
        assertEquals("index app.renamed_idx",
                new SchemaObject(ObjectKind.INDEX, "app", "renamed_idx", null, null, Effect.DROPS, 1).display());
        assertEquals("table users",
                new SchemaObject(ObjectKind.TABLE, null, "users", null, null, Effect.CREATES, 1).display());
        assertEquals("constraint users_pkey on users (PRIMARY KEY)",
                new SchemaObject(ObjectKind.CONSTRAINT, null, "users_pkey", "users", "PRIMARY KEY", Effect.CREATES, 1)
                        .display());
        assertEquals("function app.touch(integer, text)",
                new SchemaObject(ObjectKind.FUNCTION, "app", "touch", null, "integer, text", Effect.CREATES, 1).display());
        assertEquals("materialized view stats",
                new SchemaObject(ObjectKind.MATERIALIZED_VIEW, null, "stats", null, null, Effect.CREATES, 1).display());
        assertEquals("type mood (enum)",
                new SchemaObject(ObjectKind.TYPE, null, "mood", null, "enum", Effect.CREATES, 1).display());
    }
}
