package catalog.app.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Clients on virtual threads that read one URL back to back until stopped (or for at most a minute),
 * counting answers by status; after a 503 a client waits 20 ms, as a polite client would.
 */
final class ReadLoad implements AutoCloseable {
  private static final Duration LONGEST = Duration.ofMinutes(1);

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
  private final List<Thread> clients = new ArrayList<>();
  private volatile boolean running = true;

  private ReadLoad() {}

  static ReadLoad start(URI url, int clients) {
    ReadLoad load = new ReadLoad();
    long deadline = System.nanoTime() + LONGEST.toNanos();
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build();
    for (int i = 0; i < clients; i++) {
      load.clients.add(Thread.ofVirtual().name("read-load-" + i).start(() -> load.run(request, deadline)));
    }
    return load;
  }

  private void run(HttpRequest request, long deadline) {
    while (running && System.nanoTime() < deadline) {
      int status;
      try {
        status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (Exception e) {
        status = -1;
      }
      statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
      if (status == 503) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  long count(int status) {
    LongAdder adder = statuses.get(status);
    return adder == null ? 0 : adder.sum();
  }

  /** Answers by status so far (-1: no answer). */
  Map<Integer, Long> statuses() {
    Map<Integer, Long> copy = new TreeMap<>();
    statuses.forEach((status, n) -> copy.put(status, n.sum()));
    return copy;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    for (Thread client : clients) {
      client.join(Duration.ofSeconds(40));
    }
    this.client.close();
  }
}
