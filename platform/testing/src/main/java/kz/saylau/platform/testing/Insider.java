package kz.saylau.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import org.awaitility.Awaitility;
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

    /**
     * Waits (up to {@code atMost}) until the service's inbox recorded the event with this id as handled, applied or
     * rejected. Read from outside, so that it works against the packaged jar too (the @QuarkusIntegrationTests).
     */
    public static void awaitHandled(String eventId, Duration atMost) {
        Awaitility.await().atMost(atMost).until(() -> {
            try (Connection db = connect();
                 var query = db.prepareStatement("select count(*) from processed_event where event_id = ?")) {
                query.setString(1, eventId);
                try (var row = query.executeQuery()) {
                    return row.next() && row.getInt(1) == 1;
                }
            }
        });
    }
}
