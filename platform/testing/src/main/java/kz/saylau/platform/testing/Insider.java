package kz.saylau.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A plain JDBC connection to the service's own database, outside the application, as an insider (or another instance
 * of the service) would open it: for tests that hold a row, or write what another instance writes.
 */
public final class Insider {

    private Insider() {
    }

    public static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
