package io.migrascope.core.sql.extract;

import java.util.List;

/**
 * What a file does to the schema, statement by statement.
 *
 * @param objects every object a statement creates, alters or drops, in statement order
 * @param references tables used but not created earlier in the file (see {@link TableReference})
 * @param skipped one line per statement whose objects could not be told, e.g.
 *     "statement 4 (DO block): objects not extracted"; a caller must not treat the file's object list
 *     as complete when this is not empty
 */
public record Extraction(List<SchemaObject> objects, List<TableReference> references, List<String> skipped) {
    public Extraction {
        objects = List.copyOf(objects);
        references = List.copyOf(references);
        skipped = List.copyOf(skipped);
    }

    /** The objects with the given effect, in order. */
    public List<SchemaObject> objects(Effect effect) {
        return objects.stream().filter(o -> o.effect() == effect).toList();
    }
}
