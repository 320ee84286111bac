package catalog.app.sweep;

import java.util.List;
import java.util.OptionalInt;

/**
 * The pool size recommended for one client count, the p99 it judged (the service's or wrk's), the best
 * throughput and best p99 it was judged against, the pool sizes that qualified, and a sentence saying why.
 */
public record Recommendation(
    int concurrency, P99Basis basis, OptionalInt poolSize, double bestRps, int bestRpsPool, double bestP99Ms, int bestP99Pool,
    List<Integer> qualifying, boolean metBoth, String reason) {

  public Recommendation {
    qualifying = List.copyOf(qualifying);
  }
}
