package catalog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.infra.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A statement the database cancels at the statement timeout is a 503 with Retry-After, counted in
 * {@code catalog_db_statement_timeouts_total}; it is not a failure to get a connection.
 */
class StatementTimeoutIT {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("DB_STATEMENT_TIMEOUT_MS", "500"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aWriteWaitingPastTheTimeoutIsA503AndCounted() throws Exception {
    JsonNode product = Api.createProduct(server, Api.unique("Timed out"), Api.source(server));
    String path = "/v1/products/" + product.path("id").asText();
    Scrape before = Scrape.of(server);
    try (Connection holder = TestDatabase.get().connect()) {
      holder.setAutoCommit(false);
      try (PreparedStatement lock = holder.prepareStatement("SELECT 1 FROM product WHERE id = ? FOR UPDATE")) {
        lock.setObject(1, UUID.fromString(product.path("id").asText()));
        lock.executeQuery().close();
      }
      HttpResponse<String> waited = Api.patch(server, path, "{\"ingredients\": \"late\"}", null);
      JsonNode problem = Api.assertProblem(waited, 503);
      assertTrue(problem.path("detail").asText().contains("in time"), problem::toString);
      assertEquals("1", waited.headers().firstValue("Retry-After").orElse(""));
      holder.rollback();
    }
    Scrape after = Scrape.of(server);
    assertEquals(1.0, delta(before, after, "catalog_db_statement_timeouts_total"));
    for (String reason : List.of("acquire_timeout", "overloaded", "connect_failed", "error")) {
      String series = "catalog_db_acquire_failures_total{reason=\"" + reason + "\"}";
      assertEquals(0.0, delta(before, after, series), series);
    }
    assertEquals(200, Api.patch(server, path, "{\"ingredients\": \"in time\"}", null).statusCode(),
        "nothing was changed, and the next write goes through");
  }

  /** An import's statement counts the same way; the import changes nothing, and the same rows go in later. */
  @Test
  void anImportWaitingPastTheTimeoutIsA503AndCounted() throws Exception {
    String barcode = Api.barcode();
    String body = "{\"name\": \"" + Api.unique("Imported late") + "\", \"barcode\": \"" + barcode
        + "\", \"source\": \"" + Api.unique("timeout src") + "\"}\n";
    Scrape before = Scrape.of(server);
    try (Connection holder = TestDatabase.get().connect(); Statement s = holder.createStatement()) {
      holder.setAutoCommit(false);
      s.execute("LOCK TABLE product IN SHARE MODE");
      HttpResponse<String> waited = importRows(body);
      JsonNode problem = Api.assertProblem(waited, 503);
      assertEquals("1", waited.headers().firstValue("Retry-After").orElse(""), problem::toString);
      holder.rollback();
    }
    Scrape after = Scrape.of(server);
    assertEquals(1.0, delta(before, after, "catalog_db_statement_timeouts_total"));
    assertEquals(0, Api.ids(server.get("/v1/products?barcode=" + barcode)).size(), "nothing was imported");
    HttpResponse<String> again = importRows(body);
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(1, Api.ids(server.get("/v1/products?barcode=" + barcode)).size());
  }

  private static HttpResponse<String> importRows(String ndjson) {
    return server.send(HttpRequest.newBuilder(server.uri("/v1/products/import"))
        .header("Authorization", "Bearer " + TestServer.API_KEY)
        .header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofString(ndjson))
        .build());
  }

  private static double delta(Scrape before, Scrape after, String series) {
    return after.valueOf(series) - before.valueOf(series);
  }
}
