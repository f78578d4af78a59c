package io.migrascope.core.sql.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what one statement does while it is being read, so that a statement that turns out not to
 * parse can be dropped whole. Also remembers the default names it chose at given token offsets, which
 * is what {@link Idempotency#rewrite} writes out explicitly.
 */
final class StatementContext {
    private final FileState state;
    private final int statementIndex;
    private final String defaultSchema;
    private final Output out;

    /** Shared by a statement and the schema elements or DO body inside it. */
    private static final class Output {
        final List<SchemaObject> objects = new ArrayList<>();
        final List<TableReference> references = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final Map<Integer, String> nameHints = new HashMap<>();
    }

    StatementContext(FileState state, int statementIndex) {
        this(state, statementIndex, null, new Output());
    }

    private StatementContext(FileState state, int statementIndex, String defaultSchema, Output out) {
        this.state = state;
        this.statementIndex = statementIndex;
        this.defaultSchema = defaultSchema;
        this.out = out;
    }

    /** The same statement read inside {@code CREATE SCHEMA s ...}, where unqualified names land in s. */
    StatementContext inSchema(String schema) {
        return new StatementContext(state, statementIndex, schema, out);
    }

    FileState state() {
        return state;
    }

    int statementIndex() {
        return statementIndex;
    }

    QualifiedName resolve(QualifiedName name) {
        return name.inSchema(defaultSchema);
    }

    void add(ObjectKind kind, String schema, String name, String table, String detail, Effect effect) {
        out.objects.add(new SchemaObject(kind, schema, name, table, detail, effect, statementIndex));
    }

    /** Records a use of {@code table} unless this file created it in an earlier (or this) statement. */
    void reference(QualifiedName table, String how) {
        if (state.createdTable(table)) {
            return;
        }
        TableReference ref = new TableReference(table.schema(), table.name(), statementIndex, how);
        if (!out.references.contains(ref)) {
            out.references.add(ref);
        }
    }

    /** A line for {@link Extraction#skipped()}: {@code statement N (what): detail}. */
    void note(String what, String detail) {
        out.notes.add("statement " + statementIndex + " (" + what + "): " + detail);
    }

    void nameHint(int tokenOffset, String name) {
        out.nameHints.put(tokenOffset, name);
    }

    List<SchemaObject> objects() {
        return out.objects;
    }

    List<TableReference> references() {
        return out.references;
    }

    List<String> notes() {
        return out.notes;
    }

    Map<Integer, String> nameHints() {
        return out.nameHints;
    }
}
