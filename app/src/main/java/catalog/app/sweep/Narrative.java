package catalog.app.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain sentences read off the measured figures: where the pool stops being the limit, and why the curve bends. */
final class Narrative {
  /** Below this share of its connections busy, a pool is no longer what limits throughput. */
  static final double SATURATED = 0.8;

  private Narrative() {}

  static List<String> curve(SweepResult r) {
    List<String> out = new ArrayList<>();
    for (Recommendation rec : r.recommendations()) {
      int c = rec.concurrency();
      List<PointSummary> points = r.summaries().stream()
          .filter(s -> s.point().kind() == Kind.HIKARI && s.point().concurrency() == c).toList();
      if (points.size() < 2) {
        continue;
      }
      PointSummary smallest = points.getFirst();
      PointSummary largest = points.getLast();
      StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
          "At %d clients, throughput goes from %s req/s at pool %d to a best of %s req/s at pool %d, and is %s req/s "
              + "at pool %d; " + rec.basis().label() + " p99 goes from %s ms (pool %d) to %s ms (pool %d).",
          c, Cells.show(smallest.okRps().median(), 0), smallest.point().poolSize(), Cells.show(rec.bestRps(), 0),
          rec.bestRpsPool(), Cells.show(largest.okRps().median(), 0), largest.point().poolSize(),
          Cells.show(rec.basis().of(smallest).median(), 2), smallest.point().poolSize(),
          Cells.show(rec.basis().of(largest).median(), 2), largest.point().poolSize()));
      if (Double.isFinite(smallest.busyConnections())) {
        s.append(String.format(Locale.ROOT, " With %d connection%s, Little's law gives %s busy (%s ms of use per "
                + "borrow x %s borrows/s) and requests wait %s ms on average to get one.",
            smallest.point().poolSize(), smallest.point().poolSize() == 1 ? "" : "s",
            Cells.show(smallest.busyConnections(), 2), Cells.show(smallest.usageMeanMs(), 3),
            Cells.show(smallest.okRps().median(), 0), Cells.show(smallest.acquireMeanMs(), 2)));
        PointSummary relaxed = points.stream()
            .filter(p -> Double.isFinite(p.busyConnections()) && p.busyConnections() < SATURATED * p.point().poolSize())
            .findFirst().orElse(null);
        if (relaxed != null) {
          s.append(String.format(Locale.ROOT, " From pool %d up, fewer than %.0f %% of the connections are busy "
                  + "(%s of %d), acquire wait is %s ms, so the pool is no longer the limit: what is left is CPU, "
                  + "shared here by wrk, the service and PostgreSQL, and more connections only add backends "
                  + "competing for it.",
              relaxed.point().poolSize(), SATURATED * 100, Cells.show(relaxed.busyConnections(), 2),
              relaxed.point().poolSize(), Cells.show(relaxed.acquireMeanMs(), 3)));
        } else {
          s.append(" Every measured pool stays busy: the largest size may still be the limit; measure larger sizes.");
        }
      }
      out.add(s.toString());
    }
    return out;
  }
}
