package catalog.app.sweep;

import java.util.Map;
import java.util.NavigableMap;

/** Quantiles from cumulative histogram buckets, interpolated linearly inside a bucket as Prometheus does. */
final class Histograms {
  private Histograms() {}

  /** {@code buckets} maps each upper bound to the count at or below it; NaN when it holds no observation. */
  static double quantile(NavigableMap<Double, Double> buckets, double q) {
    if (buckets.isEmpty()) {
      return Double.NaN;
    }
    double total = buckets.lastEntry().getValue();
    if (!(total > 0)) {
      return Double.NaN;
    }
    double rank = q * total;
    double lowerBound = 0;
    double lowerCount = 0;
    for (Map.Entry<Double, Double> e : buckets.entrySet()) {
      double bound = e.getKey();
      double count = e.getValue();
      if (count >= rank) {
        if (Double.isInfinite(bound)) {
          return lowerBound;
        }
        double inBucket = count - lowerCount;
        return inBucket <= 0 ? bound : lowerBound + (bound - lowerBound) * (rank - lowerCount) / inBucket;
      }
      lowerBound = bound;
      lowerCount = count;
    }
    return lowerBound;
  }
}
