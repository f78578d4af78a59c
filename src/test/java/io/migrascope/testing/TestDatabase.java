package io.migrascope.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** One throw-away database of the test server. */
public final class TestDatabase implements AutoCloseable {
    private final String name;
    private final String url;

    TestDatabase(String name, String url) {
        this.name = name;
        this.url = url;
    }

    public String name() {
        return name;
    }

    /** JDBC URL of this database, with the test server's user. */
    public String url() {
        return url;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** The first column of every row, as text. */
    public List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    public boolean tableExists(String qualified) throws SQLException {
        return column("SELECT to_regclass('" + qualified.replace("'", "''") + "') IS NOT NULL").get(0).equals("t");
    }

    @Override
    public void close() {
        TestPostgres.dropDatabase(name);
    }
}
