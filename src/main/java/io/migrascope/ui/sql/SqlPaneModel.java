package io.migrascope.ui.sql;

import io.migrascope.core.model.MigrationRow;
import io.migrascope.ui.ConsoleContext;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The SQL pane's state: what it shows for the selected row. Reading, git and highlighting run
 * through the context's task runner; a result that arrives after the selection moved on is dropped.
 */
public final class SqlPaneModel {
    private final ConsoleContext context;
    private final ReadOnlyObjectWrapper<RowSql> content =
            new ReadOnlyObjectWrapper<>(new RowSql.Explanation("Select a migration to see its SQL."));
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private long latest;

    public SqlPaneModel(ConsoleContext context) {
        this.context = context;
    }

    public ReadOnlyObjectProperty<RowSql> content() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    /** Shows a row (null: none). Call on the FX thread. */
    public void show(MigrationRow row) {
        long request = ++latest;
        if (row == null) {
            content.set(new RowSql.Explanation("Select a migration to see its SQL."));
            loading.set(false);
            return;
        }
        RowSqlReader reader = new RowSqlReader(context.audit().tool());
        loading.set(true);
        context.tasks().run("Reading the SQL of " + row.version(), progress -> reader.read(row),
                result -> {
                    if (request == latest) {
                        content.set(result);
                        loading.set(false);
                    }
                },
                failure -> {
                    if (request == latest) {
                        content.set(new RowSql.Explanation("Cannot read the SQL of " + row.version() + ": "
                                + failure.getMessage() + ". Check that the file exists and is readable, then select"
                                + " the row again."));
                        loading.set(false);
                    }
                });
    }
}
