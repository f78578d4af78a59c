package io.migrascope.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionSpecTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            postgres://app:pw@db.example:5433/shop?sslmode=require, db.example, 5433, shop, app,      jdbc:postgresql://db.example:5433/shop?sslmode=require
            postgresql://app@db.example/shop,                       db.example, 5432, shop, app,      jdbc:postgresql://db.example/shop
            jdbc:postgresql://10.0.0.5:6543/ledger?user=ops,         10.0.0.5,   6543, ledger, ops,   jdbc:postgresql://10.0.0.5:6543/ledger?user=ops
            postgres://us%40er:p%3Aw%2Fd@h:1/d,                      h,          1,    d,    us@er,   jdbc:postgresql://h:1/d
            """)
    void readsJdbcAndDatabaseUrls(String url, String host, int port, String database, String user, String jdbc) {
        ConnectionSpec spec = ConnectionSpec.parse(url);
        assertEquals(host, spec.host());
        assertEquals(port, spec.port());
        assertEquals(database, spec.database());
        assertEquals(user, spec.user());
        assertEquals(jdbc, spec.jdbcUrl());
        assertEquals(host + ":" + port + "/" + database, spec.label());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres://app:hunter2@db/shop", "jdbc:postgresql://db/shop?user=a&password=hunter2"})
    void thePasswordIsKeptButNeverShown(String url) {
        ConnectionSpec spec = ConnectionSpec.parse(url);
        assertTrue(spec.hasPassword());
        assertFalse(spec.toString().contains("hunter2"));
        assertFalse(ConnectionSpec.redact(url).contains("hunter2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql://a:hunter2@b/c", "", "postgres:///nohost", "postgres://a:b@[bad/c"})
    void aBadUrlIsRefusedWithoutShowingThePassword(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectionSpec.parse(url));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
