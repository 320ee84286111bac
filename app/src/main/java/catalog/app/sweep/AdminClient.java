package catalog.app.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The service's admin API: the pool's state, live resizing, and the check that a resize took effect. */
final class AdminClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ServiceHttp http;

  AdminClient(ServiceHttp http) {
    this.http = http;
  }

  PoolSnapshot pool() {
    return PoolSnapshot.of(body(http.get("/admin/pool"), "GET /admin/pool"));
  }

  /** Asks for a new size and waits until {@code GET /admin/pool} shows it and no more connections than it allows. */
  PoolSnapshot resize(int size, int maxOverflow, Duration within) {
    String json = JSON.createObjectNode().put("size", size).put("max_overflow", maxOverflow).toString();
    body(http.put("/admin/pool", json), "PUT /admin/pool " + json);
    long deadline = System.nanoTime() + within.toNanos();
    PoolSnapshot last;
    do {
      last = pool();
      if (last.size() == size && last.maxOverflow() == maxOverflow && last.total() <= size + maxOverflow) {
        return last;
      }
      sleep(100);
    } while (System.nanoTime() < deadline);
    throw new SweepFailure("the resize to pool size " + size + " (max overflow " + maxOverflow + ") did not take "
        + "within " + within.toMillis() + " ms: GET /admin/pool still shows size " + last.size() + ", max overflow "
        + last.maxOverflow() + ", " + last.total() + " connections");
  }

  String metrics() {
    HttpResponse<String> r = http.get("/metrics");
    if (r.statusCode() != 200) {
      throw new SweepFailure("GET /metrics answered " + r.statusCode() + ": " + abbreviate(r.body()));
    }
    return r.body();
  }

  private JsonNode body(HttpResponse<String> r, String what) {
    switch (r.statusCode()) {
      case 200 -> {
        try {
          return JSON.readTree(r.body());
        } catch (Exception e) {
          throw new SweepFailure(what + " answered 200 with a body that is not JSON: " + abbreviate(r.body()));
        }
      }
      case 401, 403 -> throw new SweepFailure(what + " answered " + r.statusCode() + ": the admin token was refused; "
          + "pass the service's CATALOG_ADMIN_TOKEN with --admin-token");
      case 404 -> throw new SweepFailure(what + " answered 404: the service has no admin API (start it with "
          + "CATALOG_ADMIN_TOKEN set, or let the sweep start it by leaving out --url)");
      default -> throw new SweepFailure(what + " answered " + r.statusCode() + ": " + abbreviate(r.body()));
    }
  }

  private static String abbreviate(String body) {
    String s = body == null ? "" : body.strip();
    return s.length() > 400 ? s.substring(0, 400) + " ..." : s;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SweepFailure("interrupted while waiting for a resize");
    }
  }
}
