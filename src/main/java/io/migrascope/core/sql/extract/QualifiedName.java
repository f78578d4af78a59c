package io.migrascope.core.sql.extract;

import java.util.List;

/** A possibly schema-qualified name; a database part ({@code db.schema.name}) is dropped. */
record QualifiedName(String schema, String name) {

    static QualifiedName of(List<String> parts) {
        if (parts.isEmpty()) {
            throw new ParseFailure("name expected");
        }
        String name = parts.get(parts.size() - 1);
        String schema = parts.size() >= 2 ? parts.get(parts.size() - 2) : null;
        return new QualifiedName(schema, name);
    }

    /** This name, or with {@code defaultSchema} filled in when it has none (CREATE SCHEMA elements). */
    QualifiedName inSchema(String defaultSchema) {
        return schema == null && defaultSchema != null ? new QualifiedName(defaultSchema, name) : this;
    }

    /** Key for "same object" checks; an unqualified name matches any schema, see {@link #sameAs}. */
    boolean sameAs(QualifiedName other) {
        return name.equals(other.name) && (schema == null || other.schema == null || schema.equals(other.schema));
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
