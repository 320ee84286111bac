package catalog.app.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.Json;
import catalog.app.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /admin/pool}: the exact shape the dashboard codes against, and figures that move with traffic. */
class PoolViewIT {
  private static final List<String> FIELDS = List.of("mode", "size", "max_overflow", "max_waiters", "active", "idle",
      "pending", "total", "timeouts", "rejected", "connect_failed", "acquire_ms", "usage_ms");
  private static final List<String> PERCENTILES = List.of("count", "p50", "p99");
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("DB_POOL_SIZE", "3", "DB_POOL_MAX_OVERFLOW", "2"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void hasExactlyTheDocumentedShape() {
    HttpResponse<String> response = server.admin("GET", "/admin/pool", null);
    assertEquals(200, response.statusCode(), response::body);
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode pool = Json.of(response);

    assertEquals(FIELDS, names(pool));
    assertTrue(pool.get("mode").isTextual());
    for (String count : FIELDS.subList(1, 10)) {
      assertTrue(pool.get(count).isIntegralNumber(), count);
    }
    for (String timing : List.of("acquire_ms", "usage_ms")) {
      assertEquals(List.of("since_start", "last_10s"), names(pool.get(timing)));
      for (JsonNode window : List.of(pool.get(timing).get("since_start"), pool.get(timing).get("last_10s"))) {
        assertEquals(PERCENTILES, names(window));
        assertTrue(window.get("count").isIntegralNumber());
        assertTrue(window.get("p50").isDouble(), window::toString);
        assertTrue(window.get("p99").isDouble(), window::toString);
      }
    }
  }

  @Test
  void showsTheConfiguredShapeAndMode() {
    JsonNode pool = Json.of(server.admin("GET", "/admin/pool", null));
    assertEquals(TestServer.poolMode().label(), pool.get("mode").asText());
    assertEquals(3, pool.get("size").asInt());
    assertEquals(2, pool.get("max_overflow").asInt());
    assertEquals(4 * 5, pool.get("max_waiters").asInt());
    assertTrue(pool.get("total").asInt() <= 5, pool::toString);
    if (!TestServer.pooled()) {
      assertEquals(0, pool.get("idle").asInt(), "none mode keeps no idle connections");
    }
  }

  @Test
  void waitAndHoldTimesCountEveryUnitOfWork() {
    JsonNode before = Json.of(server.admin("GET", "/admin/pool", null));
    for (int i = 0; i < 5; i++) {
      assertEquals(200, server.get("/v1/sources").statusCode());
    }
    JsonNode after = Json.of(server.admin("GET", "/admin/pool", null));

    for (String timing : List.of("acquire_ms", "usage_ms")) {
      long sinceStart = count(after, timing, "since_start") - count(before, timing, "since_start");
      assertTrue(sinceStart >= 5, timing + " counted " + sinceStart);
      assertTrue(count(after, timing, "last_10s") >= 5, after::toString);
      assertTrue(after.get(timing).get("since_start").get("p99").asDouble() > 0.0, after::toString);
    }
    assertEquals(0, after.get("active").asInt(), "every connection is back once the requests are answered");
  }

  @Test
  void takesNoQueryParameters() {
    AdminAuthIT.assertProblem(server.admin("GET", "/admin/pool?verbose=1", null), 400,
        "urn:catalog:problem:bad-request");
  }

  private static long count(JsonNode pool, String timing, String window) {
    return pool.get(timing).get(window).get("count").asLong();
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
