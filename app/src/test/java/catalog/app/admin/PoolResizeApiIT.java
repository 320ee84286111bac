package catalog.app.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.Eventually;
import catalog.app.Json;
import catalog.app.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code PUT /admin/pool} resizes the live Hikari pool; bad figures are 422 and change nothing; in
 * {@code none} mode there is no pool, so every resize is a 409 that says why.
 */
class PoolResizeApiIT {
  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(Map.of("DB_POOL_SIZE", "2"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void growingShowsTheNewFiguresAtOnceAndThePoolFillsToThem() {
    HttpResponse<String> response = server.admin("PUT", "/admin/pool", "{\"size\":5,\"max_overflow\":2}");
    if (!TestServer.pooled()) {
      assertRefusedWithoutAPool(response);
      return;
    }
    assertEquals(200, response.statusCode(), response::body);
    assertFigures(Json.of(response), 5, 2, 28);
    assertFalse(Json.of(response).has("warning"), response::body);
    assertFigures(pool(), 5, 2, 28);
    assertEquals(7, server.graph().database().hikari().orElseThrow().getHikariConfigMXBean().getMaximumPoolSize());
    assertEquals(5, server.graph().database().hikari().orElseThrow().getHikariConfigMXBean().getMinimumIdle());
    Eventually.holds("the pool opens 5 connections", () -> pool().get("total").asInt() == 5, this::pool);
  }

  @Test
  void shrinkingRetiresIdleConnectionsAtOnce() {
    HttpResponse<String> grown = server.admin("PUT", "/admin/pool", "{\"size\":6,\"max_overflow\":0}");
    if (!TestServer.pooled()) {
      assertRefusedWithoutAPool(grown);
      return;
    }
    Eventually.holds("the pool opens 6 connections", () -> pool().get("total").asInt() == 6, this::pool);

    HttpResponse<String> shrunk = server.admin("PUT", "/admin/pool", "{\"size\":1,\"max_overflow\":0}");

    assertEquals(200, shrunk.statusCode(), shrunk::body);
    assertFigures(pool(), 1, 0, 4);
    Eventually.holds("the pool keeps 1 connection", () -> pool().get("total").asInt() == 1, this::pool);
  }

  /**
   * A shape that may open more connections than the database lets the role have is applied, as at start, and
   * its answer warns of it. The overflow is what goes past the limit, so the pool itself opens only 2.
   */
  @Test
  void aShapePastTheDatabasesConnectionLimitIsWarnedOf() {
    int limit = server.graph().database().connectionLimit().orElseThrow();
    int overflow = Math.min(1000, limit - 1);
    HttpResponse<String> response = server.admin("PUT", "/admin/pool",
        "{\"size\":2,\"max_overflow\":" + overflow + "}");
    if (!TestServer.pooled()) {
      assertRefusedWithoutAPool(response);
      return;
    }
    assertEquals(200, response.statusCode(), response::body);
    JsonNode pool = Json.of(response);
    assertEquals(overflow, pool.get("max_overflow").asInt(), response::body);
    assertEquals(2 + overflow > limit, pool.has("warning"), response::body);
    if (pool.has("warning")) {
      String warning = pool.get("warning").asText();
      assertTrue(warning.startsWith("size + max_overflow is " + (2 + overflow)
          + ", but the database lets this role open at most " + limit + " connections"), warning);
    }
    assertFalse(pool().has("warning"), "GET shows no warning");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"size\":0,\"max_overflow\":0}",
      "{\"size\":1001,\"max_overflow\":0}",
      "{\"size\":-4,\"max_overflow\":0}",
      "{\"size\":4,\"max_overflow\":-1}",
      "{\"size\":4,\"max_overflow\":1001}",
      "{\"size\":2.5,\"max_overflow\":0}",
      "{\"size\":4.0,\"max_overflow\":0}",
      "{\"size\":\"4\",\"max_overflow\":0}",
      "{\"size\":null,\"max_overflow\":0}",
      "{\"size\":true,\"max_overflow\":0}",
      "{\"size\":99999999999,\"max_overflow\":0}",
      "{\"size\":4}",
      "{\"max_overflow\":0}",
      "{}",
      "{\"size\":4,\"max_overflow\":0,\"max_waiters\":10}",
      "{\"size\":4,\"max_overflow\":0,\"mode\":\"none\"}",
  })
  void badFiguresAreUnprocessableAndChangeNothing(String body) {
    HttpResponse<String> response = server.admin("PUT", "/admin/pool", body);
    if (!TestServer.pooled()) {
      assertRefusedWithoutAPool(response);
    } else {
      AdminAuthIT.assertProblem(response, 422, "urn:catalog:problem:invalid-input");
      assertTrue(Json.of(response).get("errors").size() >= 1, response::body);
    }
    assertFigures(pool(), 2, 0, 8);
  }

  @Test
  void everyBadFieldIsNamed() {
    HttpResponse<String> response = server.admin("PUT", "/admin/pool", "{\"size\":0,\"max_overflow\":\"x\",\"extra\":1}");
    if (!TestServer.pooled()) {
      assertRefusedWithoutAPool(response);
      return;
    }
    JsonNode errors = Json.of(response).get("errors");
    assertEquals(3, errors.size(), response::body);
    assertEquals("extra", errors.get(0).get("field").asText());
    assertEquals("size", errors.get(1).get("field").asText());
    assertEquals("max_overflow", errors.get(2).get("field").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"size\":", "not json", "[4, 0]", ""})
  void anUnreadableBodyIsABadRequest(String body) {
    HttpResponse<String> response = server.admin("PUT", "/admin/pool", body);
    if (!TestServer.pooled()) {
      assertRefusedWithoutAPool(response);
    } else {
      AdminAuthIT.assertProblem(response, 400, "urn:catalog:problem:bad-request");
    }
    assertFigures(pool(), 2, 0, 8);
  }

  @Test
  void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
    HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/admin/pool"))
        .header("Authorization", "Bearer " + TestServer.ADMIN_TOKEN)
        .header("Content-Type", "text/plain")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"size\":4,\"max_overflow\":0}"))
        .build());
    if (!TestServer.pooled()) {
      assertRefusedWithoutAPool(response);
    } else {
      AdminAuthIT.assertProblem(response, 415, "urn:catalog:problem:unsupported-media-type");
    }
    assertFigures(pool(), 2, 0, 8);
  }

  private void assertRefusedWithoutAPool(HttpResponse<String> response) {
    AdminAuthIT.assertProblem(response, 409, "urn:catalog:problem:conflict");
    String detail = Json.of(response).get("detail").asText();
    assertTrue(detail.contains("pool mode none has no pool to resize"), detail);
    assertTrue(detail.contains("DB_POOL_MODE=hikari"), detail);
  }

  private JsonNode pool() {
    HttpResponse<String> response = server.admin("GET", "/admin/pool", null);
    assertEquals(200, response.statusCode(), response::body);
    return Json.of(response);
  }

  private static void assertFigures(JsonNode pool, int size, int maxOverflow, int maxWaiters) {
    assertEquals(size, pool.get("size").asInt(), pool::toString);
    assertEquals(maxOverflow, pool.get("max_overflow").asInt(), pool::toString);
    assertEquals(maxWaiters, pool.get("max_waiters").asInt(), pool::toString);
  }
}
