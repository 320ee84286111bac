package catalog.app.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.Catalogs;
import catalog.app.Eventually;
import catalog.app.Json;
import catalog.app.Scrape;
import catalog.app.TestServer;
import catalog.infra.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real serialization failure over HTTP: a PATCH reads a product, then its update waits on a row
 * another transaction changed and commits. The PATCH is re-run, succeeds, and the retry is counted.
 */
class RetryMetricsIT {

  @Test
  void aSerializationFailureIsRetriedAndCounted() throws Exception {
    try (TestServer server = TestServer.start();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      String id = Catalogs.product(server);
      String wanted = Catalogs.unique("renamed");
      double before = Scrape.of(server).valueOf("catalog_db_retries_total");

      Future<HttpResponse<String>> patch;
      try (Connection other = TestDatabase.get().connect(); Connection watcher = TestDatabase.get().connect()) {
        other.setAutoCommit(false);
        try (PreparedStatement update = other.prepareStatement("UPDATE product SET name = ? WHERE id = ?")) {
          update.setString(1, Catalogs.unique("concurrent"));
          update.setObject(2, UUID.fromString(id));
          assertEquals(1, update.executeUpdate());
        }
        patch = threads.submit(() -> server.write("PATCH", "/v1/products/" + id, "{\"name\":\"" + wanted + "\"}"));
        Eventually.holds("the PATCH waits on the row", () -> waitingOnLocks(watcher) >= 1, () -> "none waiting");
        other.commit();
      }

      HttpResponse<String> response = patch.get(Eventually.BOUND.toSeconds(), TimeUnit.SECONDS);
      assertEquals(200, response.statusCode(), response::body);
      assertEquals(wanted, Json.of(response).get("name").asText());
      double after = Scrape.of(server).valueOf("catalog_db_retries_total");
      assertTrue(after - before >= 1, "retries counted: " + (after - before));
    }
  }

  private static int waitingOnLocks(Connection c) {
    try (PreparedStatement s = c.prepareStatement(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
