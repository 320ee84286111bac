package catalog.app.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.Catalogs;
import catalog.app.Eventually;
import catalog.app.Json;
import catalog.app.TestServer;
import catalog.app.Scrape;
import catalog.infra.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 1,000 concurrent clients against a pool of 4 whose connections are all held (by writes blocked on
 * row locks the test holds) until half of the clients have their answer, and for 12 s at least: every
 * answer is 200 or 503 with Retry-After, the bulkhead refuses, no request spends longer in the service
 * than the connection timeout plus a margin, and afterwards the pool drains to zero active. The wait is
 * measured where it happens, by the service's own request timer; the clients' end-to-end times also hold
 * 1,000 sockets being scheduled on a possibly busy machine, so they are only bounded against hanging.
 */
class ThousandClientsIT {
  private static final int CLIENTS = 1000;
  private static final int POOL = 4;
  private static final Duration TIMEOUT = Duration.ofMillis(1000);
  /**
   * For the service's scheduling on a small, busy CI machine: a request that waited past the timeout for a
   * connection waits for the locks, which are held for at least {@link #HOLD}, and so exceeds it.
   */
  private static final Duration MARGIN = Duration.ofSeconds(8);
  /** The least time the row locks, and so the pool's connections, are held from the first client's call. */
  private static final Duration HOLD = TIMEOUT.plus(MARGIN).plusSeconds(3);
  private static final Duration NOT_A_HANG = Duration.ofSeconds(60);

  @Test
  void everyAnswerIs200Or503AndNobodyWaitsPastTheTimeout() throws Exception {
    try (TestServer server = TestServer.start(Map.of("DB_POOL_SIZE", Integer.toString(POOL),
            "DB_CONNECTION_TIMEOUT_MS", Long.toString(TIMEOUT.toMillis()), "DB_STATEMENT_TIMEOUT_MS", "120000"));
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build()) {
      String source = Catalogs.source(server);
      String read = Catalogs.product(server, source);
      List<String> held = new ArrayList<>();
      for (int i = 0; i < POOL; i++) {
        held.add(Catalogs.product(server, source));
      }

      List<Future<HttpResponse<String>>> holders = new ArrayList<>();
      List<Answer> answers;
      try (Connection locks = TestDatabase.get().connect()) {
        lock(locks, held);
        for (String id : held) {
          holders.add(threads.submit(() -> server.write("PATCH", "/v1/products/" + id,
              "{\"name\":\"" + Catalogs.unique("held") + "\"}")));
        }
        Eventually.holds("every connection is held", () -> pool(server).get("active").asInt() == POOL,
            () -> pool(server));

        AtomicInteger answered = new AtomicInteger();
        long first = System.nanoTime();
        List<CompletableFuture<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
          calls.add(CompletableFuture.supplyAsync(() -> call(client, server, read, answered), threads));
        }
        Eventually.holds("half the clients have an answer", () -> answered.get() >= CLIENTS / 2,
            () -> answered.get() + " answered; pool " + pool(server), NOT_A_HANG);
        Thread.sleep(Math.max(0, HOLD.minusNanos(System.nanoTime() - first).toMillis()));
        locks.rollback();
        answers = calls.stream().map(CompletableFuture::join).toList();
      }

      System.out.printf("%d clients, pool %d (%s): %d x 200, %d x 503, slowest %d ms end to end%n", CLIENTS, POOL,
          TestServer.poolMode().label(), answers.stream().filter(a -> a.status() == 200).count(),
          answers.stream().filter(a -> a.status() == 503).count(),
          answers.stream().mapToLong(a -> a.took().toMillis()).max().orElse(0));
      for (Future<HttpResponse<String>> holder : holders) {
        HttpResponse<String> response = holder.get(Eventually.BOUND.toSeconds(), TimeUnit.SECONDS);
        assertEquals(200, response.statusCode(), response::body);
      }
      for (Answer answer : answers) {
        assertTrue(answer.status() == 200 || answer.status() == 503, answer::toString);
        assertTrue(answer.took().compareTo(NOT_A_HANG) <= 0, answer::toString);
        if (answer.status() == 503) {
          assertEquals("1", answer.retryAfter(), answer::toString);
        }
      }
      Scrape scrape = Scrape.of(server);
      for (String status : List.of("200", "503")) {
        String outcome = status.equals("200") ? "SUCCESS" : "SERVER_ERROR";
        double slowest = scrape.value("http_server_requests_seconds_max{method=\"GET\",outcome=\"" + outcome
            + "\",status=\"" + status + "\",uri=\"/v1/products/{id}\"}").orElse(0.0);
        assertTrue(slowest <= TIMEOUT.plus(MARGIN).toMillis() / 1000.0, "slowest " + status + " took " + slowest + " s");
      }
      long overloaded = answers.stream().filter(a -> a.detail().contains("too many requests are already waiting")).count();
      assertTrue(overloaded > 0, "the bulkhead refused nobody");
      Eventually.holds("the pool drains to zero active", () -> {
        JsonNode pool = pool(server);
        return pool.get("active").asInt() == 0 && pool.get("pending").asInt() == 0;
      }, () -> pool(server));
      JsonNode pool = pool(server);
      assertEquals(overloaded, pool.get("rejected").asLong(), pool::toString);
      if (TestServer.pooled()) {
        assertEquals(0, server.pool().getActiveConnections());
      }
      assertEquals(0, server.graph().database().poolState().admitted(), "every bulkhead permit is back");
    }
  }

  private static Answer call(HttpClient client, TestServer server, String id, AtomicInteger answered) {
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri("/v1/products/" + id))
          .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      String detail = response.statusCode() == 200 ? "" : Json.of(response).path("detail").asText();
      return new Answer(response.statusCode(), took, response.headers().firstValue("Retry-After").orElse(""), detail);
    } catch (Exception e) {
      return new Answer(-1, Duration.ofNanos(System.nanoTime() - start), "", e.toString());
    } finally {
      answered.incrementAndGet();
    }
  }

  private static void lock(Connection c, List<String> ids) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("SELECT id FROM product WHERE id IN ('" + String.join("','", ids) + "') FOR UPDATE");
    }
  }

  private static JsonNode pool(TestServer server) {
    return Json.of(server.admin("GET", "/admin/pool", null));
  }

  private record Answer(int status, Duration took, String retryAfter, String detail) {}
}
