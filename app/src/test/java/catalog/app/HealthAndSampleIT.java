package catalog.app;

import static catalog.app.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.sample.SampleCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Health endpoints, and the bundled IFCT 2017 sample catalog as the API shows it. */
class HealthAndSampleIT {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void liveAndReady() {
    HttpResponse<String> live = server.get("/health/live");
    assertEquals(200, live.statusCode(), live.body());
    assertEquals("up", json(live).get("status").asText());
    HttpResponse<String> ready = server.get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertEquals("ready", json(ready).get("status").asText());
    assertEquals("up", json(ready).get("database").asText());
  }

  /** The health checks take no query parameters; /metrics leaves its query string to the scraper. */
  @Test
  void healthChecksRefuseUnknownKeysAndMetricsIgnoresThem() {
    for (String path : List.of("/health/live?probe=1", "/health/ready?probe=1")) {
      Api.assertProblem(server.get(path), 400, "probe");
    }
    assertEquals(200, server.get("/metrics?name%5B%5D=jvm_threads_live_threads").statusCode());
  }

  @Test
  void readinessDoesNotKeepAConnection() throws InterruptedException {
    for (int i = 0; i < 20; i++) {
      assertEquals(200, server.get("/health/ready").statusCode());
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (server.activeConnections() != 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(0, server.activeConnections());
  }

  @Test
  void theSampleLoadsOnceAndShowsIfctFoodsInCatalogUnits() {
    SampleCatalog sample = server.graph().sampleCatalog();
    int first = sample.load();
    assertEquals(0, sample.load(), "a second load adds nothing");
    assertEquals(0, sample.loadIfEmpty(), "the catalog is not empty");

    HttpResponse<String> r = server.get("/v1/products?source=" + SampleCatalog.SOURCE
        + "&barcode=A001&include_total=true");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode page = json(r);
    assertEquals(1, page.get("page").get("total").asLong(), page.toString());
    JsonNode amaranth = page.get("data").get(0);
    assertEquals("Amaranth seed, black", amaranth.get("name").asText());
    assertEquals("A001", amaranth.get("barcode").asText());
    assertEquals(SampleCatalog.SOURCE, amaranth.get("source").get("name").asText());
    assertEquals("Cereals and Millets", amaranth.get("food_group").get("name").asText());
    assertTrue(amaranth.get("is_food").asBoolean());
    JsonNode calories = amaranth.get("nutri_facts").get("calories");
    assertEquals("kcal", calories.get("unit").asText());
    assertEquals(1490 / 4.184, calories.get("value").asDouble(), 0.01, "enerc 1490 kJ in kcal");
    JsonNode iron = amaranth.get("nutri_facts").get("iron");
    assertEquals("mg", iron.get("unit").asText());
    assertEquals(9.33, iron.get("value").asDouble(), 0.001, "fe 0.00933 g in mg");
    assertEquals("g", amaranth.get("nutri_facts").get("water").get("unit").asText());
    assertEquals(9.89, amaranth.get("nutri_facts").get("water").get("value").asDouble(), 0.001);

    JsonNode all = json(server.get("/v1/products?source=" + SampleCatalog.SOURCE + "&limit=1&include_total=true"));
    long total = all.get("page").get("total").asLong();
    assertTrue(total >= 500, "the whole sample is listed: " + total);
    assertTrue(first == 0 || first == total, "first load added " + first + " of " + total);
    JsonNode cereals = json(server.get("/v1/products?food_group=cereals+and+millets&source=IFCT2017&limit=1"
        + "&include_total=true"));
    assertTrue(cereals.get("page").get("total").asLong() > 1, cereals.toString());
  }

  @Test
  void aServerStartedWithSampleDataOnAFilledCatalogAddsNothing() {
    server.graph().sampleCatalog().load();
    long before = sampleTotal(server);
    try (TestServer withSample = TestServer.start(Map.of("SAMPLE_DATA", "true"))) {
      assertEquals(before, sampleTotal(withSample));
      assertEquals(200, withSample.get("/health/ready").statusCode());
    }
  }

  private static long sampleTotal(TestServer s) {
    return json(s.get("/v1/products?source=" + SampleCatalog.SOURCE + "&limit=1&include_total=true"))
        .get("page").get("total").asLong();
  }
}
