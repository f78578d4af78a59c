package io.migrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The connection opened while the command line is parsed is used only for the very URL the command names. */
@ExtendWith(PostgresExtension.class)
class EarlyConnectionTest {

    @AfterEach
    void nothingLeft() {
        EarlyConnection.discard();
    }

    @Test
    void aStatusRunGetsAReadOnlyConnectionToItsUrl(TestDatabase db) throws Exception {
        EarlyConnection.start(new String[] {"status", "--dir", "x", "--url", db.url()}, Map.of());

        Optional<Connection> early = EarlyConnection.take(db.url(), null);

        assertThat(early).isPresent();
        try (Connection c = early.get(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW transaction_read_only")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("on");
        }
        assertThat(EarlyConnection.take(db.url(), null)).as("taken once").isEmpty();
    }

    @Test
    void anotherUrlOrPasswordSourceOpensItsOwn(TestDatabase db) {
        EarlyConnection.start(new String[] {"apply", "--url=" + db.url(), "--password-env", "PW"}, Map.of());

        assertThat(EarlyConnection.take(db.url(), null)).isEmpty();
        assertThat(EarlyConnection.take(db.url() + "&x=1", "PW")).isEmpty();
    }

    @Test
    void theEnvironmentsUrlCountsAndHelpOrOtherCommandsOpenNothing(TestDatabase db) {
        EarlyConnection.start(new String[] {"status", "--dir", "x"}, Map.of("DATABASE_URL", db.url()));
        assertThat(EarlyConnection.take(db.url(), null)).isPresent();

        EarlyConnection.start(new String[] {"status", "--help", "--url", db.url()}, Map.of());
        assertThat(EarlyConnection.take(db.url(), null)).isEmpty();
        EarlyConnection.start(new String[] {"journal", "--url", db.url()}, Map.of());
        assertThat(EarlyConnection.take(db.url(), null)).isEmpty();
        EarlyConnection.start(new String[] {"status", "--url", "not a url"}, Map.of());
        assertThat(EarlyConnection.take("not a url", null)).isEmpty();
    }
}
