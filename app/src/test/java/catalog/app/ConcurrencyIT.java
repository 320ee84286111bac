package catalog.app;

import static catalog.app.Api.json;
import static catalog.app.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.graph.RequestComponent;
import catalog.domain.work.RetryPolicy;
import catalog.domain.work.UnitOfWork;
import catalog.infra.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Concurrent requests: optimistic locking, connections always returned, a unit of work per request, retries. */
class ConcurrencyIT {
  private static TestServer server;
  private static String source;

  @BeforeAll
  static void start() {
    // A generous acquire timeout: the burst below must queue for connections, never give up on them.
    // Bursts here are larger than the default bulkhead (4 waiters per connection) lets wait: what is tested
    // is request scoping under contention, so every request may wait for a connection.
    server = TestServer.start(Map.of("DB_CONNECTION_TIMEOUT_MS", "20000", "DB_MAX_WAITERS", "1000"));
    source = Api.source(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void twoPatchesWithTheSameIfMatchGiveOneWinnerAndOne412() throws Exception {
    for (int round = 0; round < 10; round++) {
      JsonNode product = Api.createProduct(server, unique("Race"), source);
      String path = "/v1/products/" + product.get("id").asText();
      List<HttpResponse<String>> answers = together(List.of(
          () -> Api.patch(server, path, "{\"ingredients\": \"left\"}", "\"1\""),
          () -> Api.patch(server, path, "{\"ingredients\": \"right\"}", "\"1\"")));
      List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
      assertEquals(List.of(200, 412), statuses, "round " + round + ": " + answers.stream().map(HttpResponse::body)
          .toList());
      HttpResponse<String> winner = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
      Api.assertProblem(answers.stream().filter(r -> r.statusCode() == 412).findFirst().orElseThrow(), 412);
      JsonNode now = json(server.get(path));
      assertEquals(2, now.get("version").asLong(), "round " + round);
      assertEquals(json(winner).get("ingredients"), now.get("ingredients"), "the winner's change is the one kept");
    }
  }

  /**
   * First 200 reads all wait for a connection at once (every pooled connection is held here), then 200
   * mixed requests run at once; afterwards no connection is left borrowed. The waiting reads also open
   * the client's 200 HTTP connections: the service listens with the JVM's default accept backlog of 50,
   * and a burst of new connections beyond it can be dropped by the kernel (a failed write is not
   * retried by the client, a failed read is), so the mixed burst runs over connections already open.
   */
  @Test
  void aBurstOfMixedRequestsLeavesNoConnectionBorrowed() throws Exception {
    int burst = 200;
    JsonNode product = Api.createProduct(server, unique("Burst"), source);
    String path = "/v1/products/" + product.get("id").asText();
    String bySource = "/v1/products?source=" + Api.enc(sourceName()) + "&limit=5";
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    int poolSize = server.graph().database().poolSettings().maxSize();
    List<UnitOfWork> held = new ArrayList<>();
    List<HttpResponse<String>> waited;
    try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<HttpResponse<String>>> reads = new ArrayList<>();
      try {
        for (int i = 0; i < poolSize; i++) {
          UnitOfWork uow = server.graph().database().newUnitOfWork();
          held.add(uow);
          uow.productReads().find(UUID.randomUUID());
        }
        assertEquals(poolSize, server.poolState().active());
        for (int i = 0; i < burst; i++) {
          reads.add(readers.submit(() -> send(client, "GET", path, null, Map.of())));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (server.poolState().pending() < burst && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        assertEquals(burst, server.poolState().pending(), "requests waiting for a connection");
      } finally {
        held.forEach(UnitOfWork::close);
      }
      waited = new ArrayList<>();
      for (Future<HttpResponse<String>> read : reads) {
        waited.add(read.get(60, TimeUnit.SECONDS));
      }
    }
    for (HttpResponse<String> r : waited) {
      assertEquals(200, r.statusCode(), r.body());
    }
    awaitNoActiveConnections();

    List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < burst; i++) {
      int kind = i % 8;
      calls.add(switch (kind) {
        case 0 -> () -> send(client, "GET", path, null, Map.of());
        case 1 -> () -> send(client, "GET", "/v1/products/" + UUID.randomUUID(), null, Map.of());
        case 2 -> () -> send(client, "GET", "/v1/products?limit=0", null, Map.of());
        case 3 -> () -> send(client, "POST", "/v1/products", Api.product(" ", null, source).toString(), Map.of());
        case 4 -> () -> send(client, "PATCH", path, "{\"ingredients\": \"burst\"}", Map.of("If-Match", "\"999\""));
        case 5 -> () -> send(client, "GET", bySource, null, Map.of());
        case 6 -> () -> send(client, "POST", "/v1/products",
            Api.product(unique("Burst"), Api.barcode(), source).toString(), Map.of());
        default -> () -> send(client, "POST", "/v1/products",
            Api.product("x", null, UUID.randomUUID().toString()).toString(), Map.of());
      });
    }
    List<HttpResponse<String>> answers = together(calls);
    Map<Integer, Integer> byStatus = new TreeMap<>();
    answers.forEach(r -> byStatus.merge(r.statusCode(), 1, Integer::sum));
    assertEquals(Set.of(200, 201, 400, 404, 412, 422), byStatus.keySet(), "statuses " + byStatus);
    assertEquals(burst / 8, byStatus.get(201), "statuses " + byStatus);
    awaitNoActiveConnections();
    assertEquals(1, json(server.get(path)).get("version").asLong(), "the stale PATCHes changed nothing");
  }

  @Test
  void eachRequestScopeHasItsOwnUnitOfWork() throws Exception {
    RequestComponent.Factory scopes = server.graph().requests();
    int threads = 64;
    Set<UnitOfWork> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch alive = new CountDownLatch(threads);
    List<Future<UnitOfWork>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          RequestComponent scope = scopes.create();
          UnitOfWork first = scope.unitOfWork();
          UnitOfWork second = scope.unitOfWork();
          assertSame(first, second, "one unit of work within one request scope");
          try (UnitOfWork other = scopes.create().unitOfWork()) {
            assertNotSame(first, other, "another scope gets another one");
          }
          first.productReads().find(UUID.randomUUID());
          first.rollback();
          alive.countDown();
          alive.await();
          first.close();
          return first;
        }));
      }
      ready.await();
      go.countDown();
      for (Future<UnitOfWork> f : futures) {
        seen.add(f.get(30, TimeUnit.SECONDS));
      }
    }
    assertEquals(threads, seen.size(), "every scope had its own unit of work, all alive at once");
    awaitNoActiveConnections();
  }

  @Test
  void aForcedSerializationFailureIsRetriedAndTheWholeUnitOfWorkRunsAgain() throws Exception {
    try (TestServer serializable = TestServer.start(Map.of("DB_ISOLATION", "serializable"))) {
      JsonNode product = Api.createProduct(serializable, unique("Forced"), Api.source(serializable));
      String id = product.get("id").asText();
      HttpResponse<String> answer;
      try (Connection other = TestDatabase.get().connect();
          ExecutorService client = Executors.newVirtualThreadPerTaskExecutor()) {
        other.setAutoCommit(false);
        try (PreparedStatement update = other.prepareStatement(
            "UPDATE product SET ingredients = 'changed elsewhere', version = version + 1, updated_at = now()"
                + " WHERE id = ?")) {
          update.setObject(1, UUID.fromString(id));
          assertEquals(1, update.executeUpdate());
        }
        // The request reads version 1, then waits for the row lock held here; the commit below makes its
        // UPDATE fail with SQLSTATE 40001, and only a re-run of the whole unit of work can succeed.
        Future<HttpResponse<String>> patch = client.submit(() -> Api.patch(serializable, "/v1/products/" + id,
            "{\"image_url\": \"https://example.com/forced.png\"}", null));
        awaitARequestWaitingForALock();
        other.commit();
        answer = patch.get(30, TimeUnit.SECONDS);
      }
      assertEquals(200, answer.statusCode(), answer.body());
      JsonNode changed = json(answer);
      assertEquals(3, changed.get("version").asLong(), changed.toString());
      assertEquals("changed elsewhere", changed.get("ingredients").asText(), "the retry saw the other change");
      assertEquals("https://example.com/forced.png", changed.get("image_url").asText());
      assertEquals(changed, json(serializable.get("/v1/products/" + id)));
      awaitNoActiveConnections(serializable);
    }
  }

  @Test
  void concurrentPatchesOfDifferentFieldsAllSucceedUnderSerializable() throws Exception {
    // Each failed attempt of a writer is caused by another writer's commit, so with no more writers than
    // attempts the retry budget always suffices; more writers than that may rightly end in 503.
    int writers = Math.min(RetryPolicy.DEFAULT.maxAttempts(), 4);
    int rounds = 3;
    try (TestServer serializable = TestServer.start(Map.of("DB_ISOLATION", "serializable"))) {
      JsonNode product = Api.createProduct(serializable, unique("Serial"), Api.source(serializable));
      String path = "/v1/products/" + product.get("id").asText();
      for (int round = 1; round <= rounds; round++) {
        List<String> patches = List.of(
            "{\"ingredients\": \"oats " + round + "\"}",
            "{\"image_url\": \"https://example.com/" + round + ".png\"}",
            "{\"edible_yield\": 0." + round + "}",
            "{\"nutri_facts\": {\"protein\": {\"value\": " + round + ", \"unit\": \"g\"}}}");
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (String patch : patches.subList(0, writers)) {
          calls.add(() -> Api.patch(serializable, path, patch, null));
        }
        for (HttpResponse<String> r : together(calls)) {
          assertEquals(200, r.statusCode(), "round " + round + ": " + r.body());
        }
        JsonNode now = json(serializable.get(path));
        assertEquals(1 + (long) round * writers, now.get("version").asLong(), now.toString());
        List<JsonNode> values = List.of(now.get("ingredients"), now.get("image_url"), now.get("edible_yield"),
            now.get("nutri_facts").path("protein").path("value"));
        List<String> expected = List.of("oats " + round, "https://example.com/" + round + ".png", "0." + round,
            round + ".0");
        for (int i = 0; i < writers; i++) {
          assertEquals(expected.get(i), values.get(i).asText(), "round " + round + ": " + now);
        }
      }
      awaitNoActiveConnections(serializable);
    }
  }

  /** Waits until one of the service's connections waits for a row lock. */
  private static void awaitARequestWaitingForALock() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    try (Connection watcher = TestDatabase.get().connect();
        PreparedStatement waiting = watcher.prepareStatement("SELECT count(*) FROM pg_stat_activity"
            + " WHERE datname = current_database() AND application_name = 'catalog' AND wait_event_type = 'Lock'")) {
      while (System.nanoTime() < deadline) {
        try (ResultSet rs = waiting.executeQuery()) {
          rs.next();
          if (rs.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(10);
      }
    }
    throw new AssertionError("the PATCH never waited for the row lock");
  }

  private static String sourceName() {
    return json(server.get("/v1/sources/" + source)).get("name").asText();
  }

  private static HttpResponse<String> send(HttpClient client, String method, String path, String json,
      Map<String, String> headers) throws Exception {
    HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri(path))
        .header("Authorization", "Bearer " + TestServer.API_KEY)
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    headers.forEach(builder::header);
    return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Runs the calls on virtual threads released at the same moment; returns their answers in order. */
  private static <T> List<T> together(List<Callable<T>> calls) throws Exception {
    CountDownLatch ready = new CountDownLatch(calls.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Callable<T> call : calls) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return call.call();
        }));
      }
      assertTrue(ready.await(30, TimeUnit.SECONDS));
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    }
  }

  private static void awaitNoActiveConnections() throws InterruptedException {
    awaitNoActiveConnections(server);
  }

  private static void awaitNoActiveConnections(TestServer s) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    int active = s.poolState().active();
    while (active != 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
      active = s.poolState().active();
    }
    assertEquals(0, active, "connections still borrowed after the burst");
  }
}
