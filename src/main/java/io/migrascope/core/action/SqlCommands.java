package io.migrascope.core.action;

import io.migrascope.core.tool.SqlCommand;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Runs previewed commands exactly as previewed: the same SQL text, the same parameters. */
final class SqlCommands {
    private SqlCommands() {
    }

    static void run(Connection c, List<SqlCommand> commands) throws SQLException {
        for (SqlCommand command : commands) {
            try (PreparedStatement ps = c.prepareStatement(command.sql())) {
                for (int i = 0; i < command.params().size(); i++) {
                    ps.setObject(i + 1, command.params().get(i));
                }
                ps.execute();
            }
        }
    }
}
