package io.migrascope.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Gives each test method that asks for a {@link TestDatabase} a fresh one, dropped afterwards. */
public final class PostgresExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        TestDatabase db = TestPostgres.createDatabase();
        e.getStore(NS).put("db-" + p.getIndex(), db);
        return db;
    }

    @Override
    public void afterEach(ExtensionContext e) {
        for (int i = 0; i < 8; i++) {
            TestDatabase db = e.getStore(NS).remove("db-" + i, TestDatabase.class);
            if (db != null) {
                db.close();
            }
        }
    }
}
