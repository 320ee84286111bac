package catalog.app.sweep;

/**
 * The service's pool over one trial window: acquire and usage times (milliseconds) from the
 * {@code /metrics} deltas, acquire percentiles, timeouts and bulkhead refusals, and the peaks and
 * means sampled from {@code /admin/pool}. NaN or -1 where the source did not offer the figure.
 */
public record ServerFigures(
    double acquireMeanMs, double acquireP50Ms, double acquireP99Ms, String acquireSource,
    double usageMeanMs, long borrows, long timeouts, long rejected,
    int pendingPeak, double activeMean, int activePeak, int totalPeak, long http5xx, long http503) {

  public static final ServerFigures NONE = new ServerFigures(Double.NaN, Double.NaN, Double.NaN, "", Double.NaN,
      -1, -1, -1, -1, Double.NaN, -1, -1, -1, -1);
}
