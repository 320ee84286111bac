package catalog.app.sweep;

import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code /metrics} says happened between two scrapes: counter and timer deltas (a counter that
 * went down was reset, so its later value is the delta), and quantiles from histogram bucket deltas.
 */
final class MetricsWindow {
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

  /** The increase of the sum over matching series; NaN when the series is absent. */
  double delta(String name, Map<String, String> labels) {
    double b = before.sum(name, labels);
    double a = after.sum(name, labels);
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
    double count = delta(timer + "_count");
    double sum = delta(timer + "_sum");
    return count > 0 ? sum / count * 1000 : Double.NaN;
  }

  /** Number of observations of a timer in the window. */
  double count(String timer) {
    return delta(timer + "_count");
  }

  /** The q-quantile in milliseconds from the timer's histogram buckets, or NaN when it publishes none. */
  double quantileMs(String timer, double q) {
    TreeMap<Double, Double> b = before.buckets(timer);
    TreeMap<Double, Double> a = after.buckets(timer);
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

  boolean hasHttpStatus() {
    return after.series(HTTP + "_count").stream().anyMatch(s -> s.labels().containsKey("status"));
  }
}
