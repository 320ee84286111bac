package catalog.app.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.Catalogs;
import catalog.app.Eventually;
import catalog.app.Json;
import catalog.app.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Clients keep reading while the pool is resized 2 -> 16 -> 4: the pool's total follows each size,
 * and not one request fails. In {@code none} mode each resize is refused (409), the load still all
 * succeeds, and the connections open at once never exceed the configured size.
 */
class ResizeUnderLoadIT {
  private static final int CLIENTS = 8;

  @Test
  void thePoolFollowsEachResizeWhileEveryRequestSucceeds() throws Exception {
    try (TestServer server = TestServer.start(Map.of("DB_POOL_SIZE", "2", "DB_CONNECTION_TIMEOUT_MS", "10000"));
        ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      String product = Catalogs.product(server);
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger succeeded = new AtomicInteger();
      Queue<String> failures = new ConcurrentLinkedQueue<>();
      for (int i = 0; i < CLIENTS; i++) {
        clients.submit(() -> {
          while (running.get()) {
            try {
              HttpResponse<String> response = server.get("/v1/products/" + product);
              if (response.statusCode() == 200) {
                succeeded.incrementAndGet();
              } else {
                failures.add(response.statusCode() + " " + response.body());
              }
            } catch (RuntimeException e) {
              failures.add(e.toString());
            }
          }
        });
      }
      Eventually.holds("the load is running", () -> succeeded.get() > 50, succeeded::get);

      for (int size : List.of(16, 4)) {
        HttpResponse<String> resized = server.admin("PUT", "/admin/pool", "{\"size\":" + size + ",\"max_overflow\":0}");
        if (TestServer.pooled()) {
          assertEquals(200, resized.statusCode(), resized::body);
          assertEquals(size, Json.of(resized).get("size").asInt());
          Eventually.holds("the pool's total follows to " + size, () -> pool(server).get("total").asInt() == size,
              () -> pool(server));
        } else {
          assertEquals(409, resized.statusCode(), resized::body);
          for (int i = 0; i < 20; i++) {
            JsonNode pool = pool(server);
            assertTrue(pool.get("total").asInt() <= 2, pool::toString);
            assertEquals(2, pool.get("size").asInt());
          }
        }
        int before = succeeded.get();
        Eventually.holds("requests keep succeeding at size " + size, () -> succeeded.get() > before + 50,
            succeeded::get);
      }

      running.set(false);
      clients.shutdown();
      assertTrue(clients.awaitTermination(Eventually.BOUND.toSeconds(), TimeUnit.SECONDS), "the clients stop");
      assertEquals(List.of(), List.copyOf(failures), "no request failed");
      assertTrue(succeeded.get() > 150, "requests served: " + succeeded.get());
    }
  }

  private static JsonNode pool(TestServer server) {
    return Json.of(server.admin("GET", "/admin/pool", null));
  }
}
