package catalog.app.http;

import catalog.app.metrics.Latencies;
import catalog.app.metrics.PoolStats;
import catalog.infra.db.PoolState;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code GET /admin/pool}: the pool's shape, live counts, failures and latency percentiles; and of
 * {@code PUT}, with a {@code warning} when the new shape may open more connections than the database allows.
 */
record PoolView(
    String mode,
    int size,
    @JsonProperty("max_overflow") int maxOverflow,
    @JsonProperty("max_waiters") int maxWaiters,
    int active,
    int idle,
    int pending,
    int total,
    long timeouts,
    long rejected,
    @JsonProperty("connect_failed") long connectFailed,
    @JsonProperty("acquire_ms") Timing acquireMs,
    @JsonProperty("usage_ms") Timing usageMs,
    @JsonInclude(JsonInclude.Include.NON_NULL) String warning) {

  static PoolView of(PoolState state, PoolStats stats) {
    return new PoolView(state.mode().label(), state.size(), state.maxOverflow(), state.maxWaiters(),
        state.active(), state.idle(), state.pending(), state.total(), stats.timeouts(), stats.rejected(),
        stats.connectFailed(), Timing.of(stats.acquire()), Timing.of(stats.usage()), null);
  }

  /** The same view with {@code warning} (none when null). */
  PoolView warning(String text) {
    return new PoolView(mode, size, maxOverflow, maxWaiters, active, idle, pending, total, timeouts, rejected,
        connectFailed, acquireMs, usageMs, text);
  }

  /** Percentiles since start and over the last 10 s. */
  record Timing(@JsonProperty("since_start") Percentiles sinceStart, @JsonProperty("last_10s") Percentiles last10s) {
    static Timing of(Latencies.Snapshot snapshot) {
      return new Timing(Percentiles.of(snapshot.sinceStart()), Percentiles.of(snapshot.lastWindow()));
    }
  }

  /** Count, and p50 and p99 in milliseconds. */
  record Percentiles(long count, double p50, double p99) {
    static Percentiles of(Latencies.Summary summary) {
      return new Percentiles(summary.count(), summary.p50(), summary.p99());
    }
  }
}
