package catalog.app.sweep;

/**
 * The service's pool over one trial window: acquire and usage times (milliseconds) from the
 * {@code /metrics} deltas, acquire percentiles, timeouts and bulkhead refusals, the peaks and means
 * sampled from {@code /admin/pool}, and the service's own mean and p99 time per API request (its HTTP
 * timer: no network, and none of wrk's coordinated-omission correction). NaN or -1 where the source did not offer the figure.
 */
public record ServerFigures(
    double acquireMeanMs, double acquireP50Ms, double acquireP99Ms, String acquireSource,
    double usageMeanMs, long borrows, long timeouts, long rejected,
    int pendingPeak, double activeMean, int activePeak, int totalPeak, long http5xx, long http503,
    double httpMeanMs, double httpP99Ms) {

  public static final ServerFigures NONE = new ServerFigures(Double.NaN, Double.NaN, Double.NaN, "", Double.NaN,
      -1, -1, -1, -1, Double.NaN, -1, -1, -1, -1, Double.NaN, Double.NaN);
}
