package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlSplitter;
import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.sql.SqlSyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tells which schema objects each statement of a migration file creates, alters or drops, without a
 * server, so that a prober can ask pg_catalog whether a file's effects are present. Unnamed indexes,
 * constraints and serial sequences get the names the server would give them.
 *
 * <p>Statements are read independently except for what earlier statements of the same file created
 * (see {@link FileState}). A statement that cannot be read contributes nothing but a line in
 * {@link Extraction#skipped()}; nothing here throws for odd SQL.
 */
public final class ObjectExtractor {
    private ObjectExtractor() {
    }

    public static Extraction extract(List<SqlStatement> statements) {
        return analyse(statements).extraction();
    }

    /** Splits the file and extracts its statements. */
    public static Extraction extract(String sql) throws SqlSyntaxException {
        return extract(SqlSplitter.split(sql));
    }

    /** The extraction plus, per statement, the default names chosen at given token offsets. */
    record Analysis(Extraction extraction, Map<Integer, Map<Integer, String>> nameHints) {
        /** Default name chosen at {@code offset} (relative to the statement text) of statement {@code index}. */
        String hint(int statementIndex, int offset) {
            return nameHints.getOrDefault(statementIndex, Map.of()).get(offset);
        }
    }

    static Analysis analyse(List<SqlStatement> statements) {
        Objects.requireNonNull(statements, "statements");
        FileState state = new FileState();
        List<SchemaObject> objects = new ArrayList<>();
        List<TableReference> references = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<Integer, Map<Integer, String>> hints = new HashMap<>();
        for (SqlStatement statement : statements) {
            StatementContext cx = new StatementContext(state, statement.index());
            int mark = state.mark();
            try {
                if (!Dispatcher.dispatch(TokenStream.of(statement.text()), cx)) {
                    skipped.add("statement " + statement.index() + " (" + Dispatcher.describe(statement.text())
                            + "): objects not extracted");
                    state.rollbackTo(mark);
                    continue;
                }
            } catch (RuntimeException e) {
                // ParseFailure normally; anything else is a shape this reader did not foresee, and one odd
                // statement must not cost the whole file its extraction.
                skipped.add("statement " + statement.index() + " (" + Dispatcher.describe(statement.text())
                        + "): not understood, objects not extracted: " + e.getMessage());
                state.rollbackTo(mark);
                continue;
            }
            objects.addAll(cx.objects());
            references.addAll(cx.references());
            skipped.addAll(cx.notes());
            if (!cx.nameHints().isEmpty()) {
                hints.put(statement.index(), Map.copyOf(cx.nameHints()));
            }
        }
        return new Analysis(new Extraction(objects, references, skipped), hints);
    }
}
