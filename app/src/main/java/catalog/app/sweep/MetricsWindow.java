package catalog.app.sweep;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What {@code /metrics} says happened between two scrapes: counter and timer deltas (a counter that
 * went down was reset, so its later value is the delta), and quantiles from histogram bucket deltas.
 */
final class MetricsWindow {
  /** The unit of work's wait for a connection (bulkhead and pool), in nanoseconds, with histogram buckets. */
  static final String UOW_ACQUIRE = "catalog_db_acquire_seconds";
  /** The unit of work's hold of its connection, in nanoseconds, with histogram buckets. */
  static final String UOW_HOLD = "catalog_db_hold_seconds";
  static final String UOW_FAILURES = "catalog_db_acquire_failures_total";
  /** HikariCP's own timers: acquire in nanoseconds, usage truncated to whole milliseconds; no buckets. */
  static final String ACQUIRE = "hikaricp_connections_acquire_seconds";
  static final String USAGE = "hikaricp_connections_usage_seconds";
  static final String TIMEOUTS = "hikaricp_connections_timeout_total";
  static final String HTTP = "http_server_requests_seconds";

  private final Scrape before;
  private final Scrape after;

  MetricsWindow(Scrape before, Scrape after) {
    this.before = before;
    this.after = after;
  }

  /** Requests the workloads make (the API), not the sweep's own calls to /admin, /metrics and /health. */
  static final Predicate<Sample> API = s -> s.labels().getOrDefault("uri", "").startsWith("/v1");

  /** The increase of the sum over matching series; NaN when the series is absent. */
  double delta(String name, Map<String, String> labels) {
    return delta(name, s -> s.matches(labels));
  }

  double delta(String name, Predicate<Sample> filter) {
    double b = before.sum(name, filter);
    double a = after.sum(name, filter);
    if (Double.isNaN(a)) {
      return Double.NaN;
    }
    if (Double.isNaN(b)) {
      return a;
    }
    return a >= b ? a - b : a;
  }

  double delta(String name) {
    return delta(name, Map.of());
  }

  /** Mean of a timer over the window in milliseconds: delta of its sum over delta of its count. */
  double meanMs(String timer) {
    return meanMs(timer, s -> true);
  }

  double meanMs(String timer, Predicate<Sample> filter) {
    double count = delta(timer + "_count", filter);
    double sum = delta(timer + "_sum", filter);
    return count > 0 ? sum / count * 1000 : Double.NaN;
  }

  /** Number of observations of a timer in the window. */
  double count(String timer) {
    return delta(timer + "_count");
  }

  /** The q-quantile in milliseconds from the timer's histogram buckets, or NaN when it publishes none. */
  double quantileMs(String timer, double q) {
    return quantileMs(timer, q, s -> true);
  }

  double quantileMs(String timer, double q, Predicate<Sample> filter) {
    TreeMap<Double, Double> b = before.buckets(timer, filter);
    TreeMap<Double, Double> a = after.buckets(timer, filter);
    if (a.isEmpty()) {
      return Double.NaN;
    }
    TreeMap<Double, Double> window = new TreeMap<>();
    a.forEach((bound, v) -> window.put(bound, v - b.getOrDefault(bound, 0.0)));
    double seconds = Histograms.quantile(window, q);
    return seconds * 1000;
  }

  /** HTTP answers in the window whose status matches the given class ("5" for 5xx) or exact code. */
  double httpAnswers(String statusPrefix) {
    double total = 0;
    boolean any = false;
    for (Sample s : after.series(HTTP + "_count")) {
      String status = s.labels().getOrDefault("status", "");
      if (status.startsWith(statusPrefix)) {
        total += delta(HTTP + "_count", s.labels());
        any = true;
      }
    }
    return any || after.has(HTTP + "_count") ? total : Double.NaN;
  }

  /** True when the service published this timer (its {@code _count}) in the later scrape. */
  boolean has(String timer) {
    return after.has(timer + "_count");
  }

  boolean hasHttpStatus() {
    return after.series(HTTP + "_count").stream().anyMatch(s -> s.labels().containsKey("status"));
  }
}
