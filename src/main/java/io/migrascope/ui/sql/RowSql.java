package io.migrascope.ui.sql;

import java.util.List;

/**
 * What the SQL pane shows for one migration row, worked out in the background: one or more texts
 * in tabs, a drift comparison, or only an explanation when there is nothing to show.
 */
public sealed interface RowSql {

    /** One or two sentences above the content saying what it is. */
    String heading();

    /** Texts in tabs: the file; what apply runs and the whole file; each file of a duplicate version. */
    record Documents(String heading, List<SqlDocument> documents) implements RowSql {
        public Documents {
            documents = List.copyOf(documents);
        }
    }

    /** The file side by side with what was applied (or with its checksum-normalised text). */
    record Drift(String heading, DriftComparison comparison) implements RowSql {
    }

    /** Nothing to show but words: no row selected, no file and nothing stored. */
    record Explanation(String heading) implements RowSql {
    }
}
