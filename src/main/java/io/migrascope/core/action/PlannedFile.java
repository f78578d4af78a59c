package io.migrascope.core.action;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.sql.SqlStatement;
import java.util.List;

/**
 * One file apply will run, split into the statements that will be sent.
 *
 * @param file                  the file
 * @param statements            in file order
 * @param nonTransactional      why the file must run outside a transaction, one line per statement; empty if it need not
 */
public record PlannedFile(MigrationFile file, List<SqlStatement> statements, List<String> nonTransactional) {

    public PlannedFile {
        statements = List.copyOf(statements);
        nonTransactional = List.copyOf(nonTransactional);
    }

    public boolean transactional() {
        return nonTransactional.isEmpty();
    }
}
