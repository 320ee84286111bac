package catalog.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HistogramsTest {
  private static TreeMap<Double, Double> buckets(double... boundsAndCounts) {
    TreeMap<Double, Double> b = new TreeMap<>();
    for (int i = 0; i < boundsAndCounts.length; i += 2) {
      b.put(boundsAndCounts[i], boundsAndCounts[i + 1]);
    }
    return b;
  }

  @Test
  void interpolatesLinearlyInsideTheBucketThatHoldsTheRank() {
    var b = buckets(1, 0, 2, 100, Double.POSITIVE_INFINITY, 100);
    assertEquals(1.5, Histograms.quantile(b, 0.5), 1e-12);
    assertEquals(1.99, Histograms.quantile(b, 0.99), 1e-12);
  }

  @Test
  void theFirstBucketStartsAtZero() {
    assertEquals(0.5, Histograms.quantile(buckets(1, 10, Double.POSITIVE_INFINITY, 10), 0.5), 1e-12);
  }

  @Test
  void aRankInTheInfiniteBucketIsTheLastFiniteBound() {
    assertEquals(2.0, Histograms.quantile(buckets(1, 10, 2, 50, Double.POSITIVE_INFINITY, 100), 0.99), 1e-12);
  }

  @Test
  void noObservationIsNaN() {
    assertTrue(Double.isNaN(Histograms.quantile(buckets(1, 0, Double.POSITIVE_INFINITY, 0), 0.5)));
    assertTrue(Double.isNaN(Histograms.quantile(new TreeMap<>(), 0.5)));
  }
}
