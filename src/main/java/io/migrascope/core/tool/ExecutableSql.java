package io.migrascope.core.tool;

import java.util.Optional;

/**
 * The part of a migration file that apply sends to the server, as the tool itself would: the
 * whole file for most tools, only the {@code -- migrate:up} block for dbmate, only the
 * {@code -- Up Migration} part for node-pg-migrate.
 *
 * @param sql                 the SQL to run
 * @param nonTransactional    why the tool runs this file outside a transaction by the file's own
 *                            choice (dbmate's {@code transaction:false}); empty when only the
 *                            statements decide
 */
public record ExecutableSql(String sql, Optional<String> nonTransactional) {

    public static ExecutableSql whole(String text) {
        return new ExecutableSql(text, Optional.empty());
    }
}
