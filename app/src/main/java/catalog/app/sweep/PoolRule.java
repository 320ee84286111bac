package catalog.app.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The recommendation rule: at each client count, the smallest pool whose median throughput is within
 * {@value #THROUGHPUT_SLACK} of the best and whose median p99 (on a {@link P99Basis}) is no worse than
 * {@value #P99_SLACK} above the best p99. Points whose error share is above {@link PointSummary#MAX_ERROR_RATIO} take no part.
 * When no pool meets both conditions, the smallest within the throughput condition is named, and
 * the reason says the p99 condition was not met.
 */
public final class PoolRule {
  public static final double THROUGHPUT_SLACK = 0.05;
  public static final double P99_SLACK = 0.10;
  public static final String TEXT = "the smallest pool within 5 % of the best throughput whose p99 is no worse "
      + "than 10 % above the best p99";

  private PoolRule() {}

  /**
   * One recommendation per client count measured for the pooled service, in increasing client count,
   * judging the p99 of {@code basis}; when a point lacks that p99 (no /metrics), the rule judges wrk's.
   */
  public static List<Recommendation> recommend(List<PointSummary> summaries, P99Basis basis) {
    TreeMap<Integer, List<PointSummary>> byConcurrency = new TreeMap<>();
    for (PointSummary s : summaries) {
      if (s.point().kind() == Kind.HIKARI) {
        byConcurrency.computeIfAbsent(s.point().concurrency(), c -> new ArrayList<>()).add(s);
      }
    }
    List<Recommendation> out = new ArrayList<>();
    byConcurrency.forEach((c, points) -> {
      boolean available = points.stream().allMatch(p -> basis.of(p).count() > 0);
      out.add(at(c, points, available ? basis : P99Basis.WRK));
    });
    return out;
  }

  static Recommendation at(int concurrency, List<PointSummary> points, P99Basis basis) {
    List<PointSummary> eligible = points.stream()
        .filter(p -> !p.failing() && Double.isFinite(p.okRps().median()) && Double.isFinite(basis.of(p).median()))
        .sorted(Comparator.comparingInt(p -> p.point().poolSize()))
        .toList();
    if (eligible.isEmpty()) {
      return new Recommendation(concurrency, basis, OptionalInt.empty(), Double.NaN, 0, Double.NaN, 0, List.of(),
          false, "no pool size could be judged at " + concurrency + " clients: every one failed more than "
              + pct(PointSummary.MAX_ERROR_RATIO) + " of its requests or was not measured");
    }
    PointSummary fastest = eligible.stream().max(Comparator.comparingDouble(p -> p.okRps().median())).orElseThrow();
    PointSummary steadiest = eligible.stream().min(Comparator.comparingDouble(p -> basis.of(p).median()))
        .orElseThrow();
    double bestRps = fastest.okRps().median();
    double bestP99 = basis.of(steadiest).median();
    List<Integer> qualifying = new ArrayList<>();
    PointSummary firstFastEnough = null;
    for (PointSummary p : eligible) {
      boolean fastEnough = p.okRps().median() >= (1 - THROUGHPUT_SLACK) * bestRps;
      boolean steadyEnough = basis.of(p).median() <= (1 + P99_SLACK) * bestP99;
      if (fastEnough && firstFastEnough == null) {
        firstFastEnough = p;
      }
      if (fastEnough && steadyEnough) {
        qualifying.add(p.point().poolSize());
      }
    }
    String best = String.format(Locale.ROOT, "best throughput %.0f req/s (pool %d), best %s %.2f ms (pool %d)",
        bestRps, fastest.point().poolSize(), basis == P99Basis.SERVER ? "server p99" : "wrk p99", bestP99,
        steadiest.point().poolSize());
    if (!qualifying.isEmpty()) {
      int size = qualifying.getFirst();
      return new Recommendation(concurrency, basis, OptionalInt.of(size), bestRps, fastest.point().poolSize(),
          bestP99, steadiest.point().poolSize(), qualifying, true,
          "pool " + size + " is the smallest within 5 % of the " + best + " and within 10 % of that p99");
    }
    int size = firstFastEnough.point().poolSize();
    return new Recommendation(concurrency, basis, OptionalInt.of(size), bestRps, fastest.point().poolSize(), bestP99,
        steadiest.point().poolSize(), List.of(), false,
        "no pool met both conditions (" + best + "): pool " + size
            + " is the smallest within 5 % of the best throughput, but its p99 is more than 10 % above the best");
  }

  /** The size to configure to serve up to the highest measured client count: the largest per-count recommendation. */
  public static OptionalInt overall(List<Recommendation> recommendations) {
    return recommendations.stream().filter(r -> r.poolSize().isPresent())
        .mapToInt(r -> r.poolSize().getAsInt()).max();
  }

  private static String pct(double ratio) {
    return String.format(Locale.ROOT, "%.0f %%", ratio * 100);
  }
}
