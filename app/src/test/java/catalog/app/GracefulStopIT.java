package catalog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import catalog.infra.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A stop (SIGTERM runs the same) lets a request under way finish and answer, and what it acknowledged is
 * in the database. Without Jetty's graceful handler the stop cut its connection at once: the client got
 * no answer and the change was rolled back as the pool closed under it.
 */
class GracefulStopIT {

  @Test
  void aWriteUnderWayWhenTheServiceStopsFinishesAndAnswers() throws Exception {
    TestServer server = TestServer.start();
    boolean stopped = false;
    try {
      JsonNode product = Api.createProduct(server, Api.unique("Stopping"), Api.source(server));
      String id = product.path("id").asText();
      try (Connection holder = TestDatabase.get().connect()) {
        holder.setAutoCommit(false);
        try (PreparedStatement lock = holder.prepareStatement("SELECT 1 FROM product WHERE id = ? FOR UPDATE")) {
          lock.setObject(1, UUID.fromString(id));
          lock.executeQuery().close();
        }
        CompletableFuture<HttpResponse<String>> patch = server.client().sendAsync(
            HttpRequest.newBuilder(server.uri("/v1/products/" + id))
                .header("Authorization", "Bearer " + TestServer.API_KEY)
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"ingredients\": \"finished\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        Eventually.holds("the PATCH waits for the row", () -> waitingForLocks() == 1, GracefulStopIT::waitingForLocks);

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
        stopped = true;
        Thread.sleep(300);
        assertFalse(patch.isDone(), "the PATCH still waits while the service stops");
        holder.rollback();

        HttpResponse<String> answered = patch.get(10, TimeUnit.SECONDS);
        assertEquals(200, answered.statusCode(), answered.body());
        stopping.get(10, TimeUnit.SECONDS);
      }
      try (Connection c = TestDatabase.get().connect();
          PreparedStatement ps = c.prepareStatement("SELECT ingredients FROM product WHERE id = ?")) {
        ps.setObject(1, UUID.fromString(id));
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          assertEquals("finished", rs.getString(1), "what the service answered 200 for is committed");
        }
      }
    } finally {
      if (!stopped) {
        server.close();
      }
    }
  }

  /** The service's sessions waiting for a lock in the test database. */
  private static long waitingForLocks() {
    try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            + " AND application_name = 'catalog' AND wait_event_type = 'Lock'")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
