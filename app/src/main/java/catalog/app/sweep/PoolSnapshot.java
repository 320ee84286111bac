package catalog.app.sweep;

import com.fasterxml.jackson.databind.JsonNode;

/** The body of {@code GET /admin/pool}, as far as the sweep reads it. */
record PoolSnapshot(
    String mode, int size, int maxOverflow, int maxWaiters, int active, int idle, int pending, int total,
    long timeouts, long rejected, long acquireCount, double acquireP50Last10sMs, double acquireP99Last10sMs) {

  static PoolSnapshot of(JsonNode n) {
    JsonNode last = n.path("acquire_ms").path("last_10s");
    JsonNode since = n.path("acquire_ms").path("since_start");
    return new PoolSnapshot(n.path("mode").asText(""), n.path("size").asInt(-1), n.path("max_overflow").asInt(-1),
        n.path("max_waiters").asInt(-1), n.path("active").asInt(-1), n.path("idle").asInt(-1),
        n.path("pending").asInt(-1), n.path("total").asInt(-1), n.path("timeouts").asLong(-1),
        n.path("rejected").asLong(-1), since.path("count").asLong(-1), number(last.path("p50")),
        number(last.path("p99")));
  }

  private static double number(JsonNode n) {
    return n.isNumber() ? n.asDouble() : Double.NaN;
  }
}
