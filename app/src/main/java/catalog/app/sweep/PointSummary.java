package catalog.app.sweep;

/**
 * The trials of one point reduced to medians (with min and max for throughput and p99), plus the
 * pgbench ceiling at the same client count and the ratio of this point's throughput to it.
 */
public record PointSummary(
    TrialSpec.Point point, int trials, int clients, Spread okRps, Spread p50Ms, Spread p99Ms, Spread meanMs,
    Spread serverP99Ms, double acquireP50Ms, double acquireP99Ms, double acquireMeanMs, double usageMeanMs,
    double busyConnections, double inFlight, double pgTps, double pgActiveMean,
    int pendingPeak, long timeouts, long rejected, long errors, double errorRatio,
    double pgbenchTps) {

  /** Points whose 5xx answers and socket errors are above this share are not candidates for a recommendation. */
  public static final double MAX_ERROR_RATIO = 0.01;

  public double ceilingRatio() {
    return pgbenchTps > 0 ? okRps.median() / pgbenchTps : Double.NaN;
  }

  public boolean noisy() {
    return okRps.noisy() || p99Ms.noisy() || serverP99Ms.noisy();
  }

  /**
   * Which figures are noisy, joined by '+': {@code throughput}, {@code p99} (wrk's), {@code server-p99};
   * empty when none is.
   */
  public String noisyFigures() {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (okRps.noisy()) {
      out.add("throughput");
    }
    if (p99Ms.noisy()) {
      out.add("p99");
    }
    if (serverP99Ms.noisy()) {
      out.add("server-p99");
    }
    return String.join("+", out);
  }

  public boolean failing() {
    return errorRatio > MAX_ERROR_RATIO;
  }
}
