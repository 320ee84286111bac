package catalog.app.sweep;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Repeated measurements of one figure: their median, minimum and maximum, and the spread
 * {@code (max - min) / median} that flags a point as noisy above {@value #NOISY}.
 */
public record Spread(int count, double median, double min, double max) {
  public static final double NOISY = 0.15;

  /** The spread of the finite values given (NaN, meaning "not measured", is left out). */
  public static Spread of(Collection<Double> values) {
    List<Double> sorted = new ArrayList<>();
    for (Double v : values) {
      if (v != null && Double.isFinite(v)) {
        sorted.add(v);
      }
    }
    if (sorted.isEmpty()) {
      return new Spread(0, Double.NaN, Double.NaN, Double.NaN);
    }
    Collections.sort(sorted);
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new Spread(n, median, sorted.getFirst(), sorted.getLast());
  }

  /** {@code (max - min) / median}; 0 for a single value, NaN when nothing was measured. */
  public double spread() {
    if (count == 0) {
      return Double.NaN;
    }
    if (max == min) {
      return 0;
    }
    return median == 0 ? Double.POSITIVE_INFINITY : (max - min) / Math.abs(median);
  }

  public boolean noisy() {
    return count > 1 && spread() > NOISY;
  }
}
