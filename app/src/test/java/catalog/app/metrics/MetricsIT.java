package catalog.app.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.Catalogs;
import catalog.app.Scrape;
import catalog.app.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics}: pool, HTTP, unit-of-work, JVM and process meters in Prometheus text format. */
class MetricsIT {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("DB_POOL_SIZE", "3"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void isPrometheusTextAndNeedsNoAuthentication() {
    HttpResponse<String> response = server.get("/metrics");
    assertEquals(200, response.statusCode());
    assertEquals("text/plain; version=0.0.4; charset=utf-8",
        response.headers().firstValue("Content-Type").orElse(""));
    assertTrue(response.body().contains("# TYPE "), "has type lines");
  }

  @Test
  void hikariSeriesAreTaggedWithThePoolNameAndExistOnlyWithAPool() {
    Scrape scrape = Scrape.of(server);
    List<String> series = List.of("hikaricp_connections_active", "hikaricp_connections_idle",
        "hikaricp_connections_pending", "hikaricp_connections_max", "hikaricp_connections_min",
        "hikaricp_connections_timeout_total", "hikaricp_connections_acquire_seconds_count",
        "hikaricp_connections_usage_seconds_count", "hikaricp_connections_creation_seconds_count");
    for (String name : series) {
      assertEquals(TestServer.pooled(), scrape.value(name + "{pool=\"catalog\"}").isPresent(), name);
    }
    if (TestServer.pooled()) {
      assertEquals(3.0, scrape.valueOf("hikaricp_connections_max{pool=\"catalog\"}"));
      assertEquals(3.0, scrape.valueOf("hikaricp_connections_min{pool=\"catalog\"}"));
      assertTrue(scrape.has("hikaricp_connections{pool=\"catalog\"}"), "hikaricp_connections (total)");
    }
    assertEquals(1.0, scrape.valueOf("catalog_db_pool_mode{mode=\"" + TestServer.poolMode().label() + "\"}"));
  }

  @Test
  void httpTimersAreByRouteTemplateAndStatusWithHistogramBuckets() {
    String missing = UUID.randomUUID().toString();
    assertEquals(404, server.get("/v1/products/" + missing).statusCode());
    assertEquals(404, server.get("/no/such/route/" + missing).statusCode());
    assertEquals(405, server.sendRaw("POST", "/health/live", List.of(), new byte[0]).status());
    assertEquals(401, server.sendRaw("DELETE", "/v1/products", List.of(), new byte[0]).status());
    assertEquals(401, server.send(java.net.http.HttpRequest.newBuilder(server.uri("/v1/sources"))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build()).statusCode());
    // Paths a route names literally, which /v1/products/{id} matches too.
    assertEquals(405, server.get("/v1/products/import").statusCode());
    assertEquals(401, server.sendRaw("PATCH", "/v1/products/search", List.of(), new byte[0]).status());
    Scrape beforeDashboard = Scrape.of(server);
    String dashboard = "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
        + "uri=\"/dashboard\"}";
    assertEquals(200, server.get("/dashboard").statusCode());
    assertEquals(200, server.get("/dashboard/dashboard.js").statusCode());
    assertEquals(404, server.get("/dashboard/" + missing).statusCode());

    Scrape scrape = Scrape.of(server);
    assertEquals(2.0, scrape.valueOf(dashboard) - beforeDashboard.value(dashboard).orElse(0.0),
        "the dashboard's files count as its route, not as unmatched");
    assertFalse(scrape.has("status=\"200\",uri=\"unmatched\""), "nothing served is unmatched");

    assertFalse(scrape.has(missing), "no raw path in any label");
    assertTrue(scrape.valueOf("http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\","
        + "status=\"404\",uri=\"/v1/products/{id}\"}") >= 1);
    assertTrue(scrape.valueOf("http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\","
        + "status=\"404\",uri=\"unmatched\"}") >= 1);
    assertTrue(scrape.valueOf("http_server_requests_seconds_count{method=\"POST\",outcome=\"CLIENT_ERROR\","
        + "status=\"405\",uri=\"/health/live\"}") >= 1, "a 405 counts under the path's route");
    assertTrue(scrape.valueOf("http_server_requests_seconds_count{method=\"DELETE\",outcome=\"CLIENT_ERROR\","
        + "status=\"401\",uri=\"/v1/products\"}") >= 1, "so does a method without a route, refused before");
    assertTrue(scrape.valueOf("http_server_requests_seconds_count{method=\"POST\",outcome=\"CLIENT_ERROR\","
        + "status=\"401\",uri=\"/v1/sources\"}") >= 1, "a request refused before its handler keeps its route");
    assertTrue(scrape.valueOf("http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\","
        + "status=\"405\",uri=\"/v1/products/import\"}") >= 1, "a named path counts under its name");
    assertTrue(scrape.valueOf("http_server_requests_seconds_count{method=\"PATCH\",outcome=\"CLIENT_ERROR\","
        + "status=\"401\",uri=\"/v1/products/search\"}") >= 1, "a write refused before, too");
    assertFalse(scrape.has("method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"405\",uri=\"/v1/products/{id}\""));
    assertTrue(scrape.has("http_server_requests_seconds_bucket{method=\"GET\",outcome=\"CLIENT_ERROR\","
        + "status=\"404\",uri=\"/v1/products/{id}\",le=\"+Inf\"}"), "percentile histogram buckets");
  }

  /** Any client may send any token as a method: those outside HTTP's own share one label value. */
  @Test
  void madeUpMethodsShareOneLabelValue() {
    for (String method : List.of("FOOBAR", "M0X", "M1X")) {
      server.sendRaw(method, "/v1/products", List.of(), new byte[0]);
    }

    Scrape scrape = Scrape.of(server);

    for (String method : List.of("FOOBAR", "M0X", "M1X")) {
      assertFalse(scrape.has("method=\"" + method + "\""), method);
    }
    assertTrue(scrape.has("http_server_requests_seconds_count{method=\"OTHER\""), "one series for them");
  }

  @Test
  void unitOfWorkMetersCountWaitsHoldsCommitsAndRollbacks() {
    Scrape before = Scrape.of(server);
    Catalogs.source(server);
    assertEquals(200, server.get("/v1/sources").statusCode());
    Scrape after = Scrape.of(server);

    assertTrue(delta(before, after, "catalog_db_commits_total") >= 1);
    assertTrue(delta(before, after, "catalog_db_rollbacks_total") >= 1, "a read never commits");
    assertTrue(delta(before, after, "catalog_db_acquire_seconds_count") >= 2);
    assertTrue(delta(before, after, "catalog_db_hold_seconds_count") >= 2);
    assertTrue(after.has("catalog_db_acquire_seconds_bucket{le=\"+Inf\"}"));
    if (TestServer.pooled()) {
      assertEquals(0.0, delta(before, after, "catalog_db_connect_seconds_count"));
    } else {
      assertTrue(delta(before, after, "catalog_db_connect_seconds_count") >= 2, "none mode connects per unit of work");
    }
    for (String reason : List.of("acquire_timeout", "overloaded", "connect_failed", "error")) {
      assertTrue(after.value("catalog_db_acquire_failures_total{reason=\"" + reason + "\"}").isPresent(), reason);
    }
    assertTrue(after.value("catalog_db_statement_timeouts_total").isPresent());
    assertTrue(after.value("catalog_db_retries_total").isPresent());
  }

  @Test
  void connectionAndBulkheadGaugesExistInBothModes() {
    Scrape scrape = Scrape.of(server);
    for (String state : List.of("active", "idle", "pending", "total")) {
      assertTrue(scrape.value("catalog_db_connections{state=\"" + state + "\"}").isPresent(), state);
    }
    assertEquals(3.0 + 12.0, scrape.valueOf("catalog_db_bulkhead_limit"));
    assertEquals(0.0, scrape.valueOf("catalog_db_bulkhead_admitted"));
  }

  @Test
  void jvmProcessAndVirtualThreadMetersAreThere() {
    Scrape scrape = Scrape.of(server);
    for (String name : List.of("jvm_memory_used_bytes{", "jvm_gc_", "jvm_threads_live_threads",
        "jvm_classes_loaded_classes", "process_cpu_usage", "process_cpu_seconds_total",
        "jvm_compilation_seconds_total", "process_uptime_seconds",
        "process_files_open_files", "system_cpus", "jvm_threads_virtual_live_threads{")) {
      assertTrue(scrape.has(name), name);
    }
  }

  @Test
  void aSecondPageTakesItsClassificationNamesFromWhatTheServiceKeeps() {
    String product = Catalogs.product(server);
    String page = "/v1/products?id=" + product;
    assertEquals(200, server.get(page).statusCode());
    Scrape before = Scrape.of(server);
    HttpResponse<String> again = server.get(page);
    assertEquals(200, again.statusCode(), again.body());
    Scrape after = Scrape.of(server);
    assertEquals(0.0, delta(before, after, "catalog_db_classification_names_total{source=\"read\"}"));
    assertEquals(1.0, delta(before, after, "catalog_db_classification_names_total{source=\"kept\"}"),
        "the product's one classification, its source");
  }

  private static double delta(Scrape before, Scrape after, String series) {
    return after.valueOf(series) - before.valueOf(series);
  }
}
