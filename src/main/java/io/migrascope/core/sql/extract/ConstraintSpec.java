package io.migrascope.core.sql.extract;

import io.migrascope.core.sql.SqlToken;
import java.util.List;

/**
 * A constraint as written, before it has a name.
 *
 * @param type PRIMARY KEY, UNIQUE, CHECK, FOREIGN KEY or EXCLUDE (the SchemaObject detail)
 * @param name the explicit name, or null
 * @param columns key columns (for EXCLUDE the index column names), empty for CHECK
 * @param referenced for FOREIGN KEY the referenced table
 * @param expression for CHECK the tokens inside the parentheses
 * @param keywordOffset offset of the CHECK / UNIQUE / PRIMARY / FOREIGN / EXCLUDE keyword in the text
 *     that was tokenized, where {@code CONSTRAINT name} can be written in front
 */
record ConstraintSpec(String type, String name, List<String> columns, QualifiedName referenced,
        List<SqlToken> expression, int keywordOffset) {

    static final String PRIMARY_KEY = "PRIMARY KEY";
    static final String UNIQUE = "UNIQUE";
    static final String CHECK = "CHECK";
    static final String FOREIGN_KEY = "FOREIGN KEY";
    static final String EXCLUDE = "EXCLUDE";

    boolean needsIndex() {
        return type.equals(PRIMARY_KEY) || type.equals(UNIQUE) || type.equals(EXCLUDE);
    }

    ConstraintSpec withName(String newName) {
        return new ConstraintSpec(type, newName, columns, referenced, expression, keywordOffset);
    }
}
