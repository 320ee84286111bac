package catalog.app.sweep;

/**
 * What the load generator saw in one trial. {@code okRps} counts answers that were not 5xx per
 * second; latencies are in milliseconds (NaN where the tool does not report them, as pgbench's
 * percentiles); {@code status5xx} is -1 when neither the workload nor the service counted them.
 */
public record ClientFigures(
    double seconds, long requests, double rps, double okRps, double p50Ms, double p90Ms, double p99Ms,
    double maxMs, double meanMs, long non2xx, long status5xx, long socketErrors, long writes) {

  /** Socket errors and 5xx answers as a share of all requests. */
  public double errorRatio() {
    long errors = socketErrors + Math.max(0, status5xx);
    long all = requests + socketErrors;
    return all == 0 ? (errors > 0 ? 1 : 0) : (double) errors / all;
  }
}
