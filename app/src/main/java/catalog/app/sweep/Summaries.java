package catalog.app.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Reduces trials to one {@link PointSummary} per point, in the order kind, pool size, concurrency. */
final class Summaries {
  private Summaries() {}

  static List<PointSummary> of(List<Trial> trials) {
    Map<TrialSpec.Point, List<Trial>> byPoint = new LinkedHashMap<>();
    for (Trial t : trials) {
      byPoint.computeIfAbsent(t.spec().point(), p -> new ArrayList<>()).add(t);
    }
    Map<Integer, Double> ceiling = new LinkedHashMap<>();
    byPoint.forEach((p, ts) -> {
      if (p.kind() == Kind.PGBENCH) {
        ceiling.put(p.concurrency(), spread(ts, t -> t.client().okRps()).median());
      }
    });
    List<PointSummary> out = new ArrayList<>();
    byPoint.forEach((p, ts) -> out.add(summary(p, ts, ceiling.getOrDefault(p.concurrency(), Double.NaN))));
    out.sort(Comparator.comparing((PointSummary s) -> s.point().kind())
        .thenComparingInt(s -> s.point().poolSize())
        .thenComparingInt(s -> s.point().concurrency()));
    return out;
  }

  private static PointSummary summary(TrialSpec.Point p, List<Trial> ts, double pgbenchTps) {
    long requests = 0;
    long errors = 0;
    long timeouts = 0;
    long rejected = 0;
    int pendingPeak = -1;
    int clients = Integer.MAX_VALUE;
    for (Trial t : ts) {
      requests += t.client().requests() + t.client().socketErrors();
      errors += t.client().socketErrors() + Math.max(0, t.client().status5xx());
      timeouts += Math.max(0, t.server().timeouts());
      rejected += Math.max(0, t.server().rejected());
      pendingPeak = Math.max(pendingPeak, t.server().pendingPeak());
      clients = Math.min(clients, t.clients());
    }
    return new PointSummary(p, ts.size(), clients,
        spread(ts, t -> t.client().okRps()),
        spread(ts, t -> t.client().p50Ms()),
        spread(ts, t -> t.client().p99Ms()),
        spread(ts, t -> t.client().meanMs()),
        spread(ts, t -> t.server().httpP99Ms()),
        median(ts, t -> t.server().acquireP50Ms()),
        median(ts, t -> t.server().acquireP99Ms()),
        median(ts, t -> t.server().acquireMeanMs()),
        median(ts, t -> t.server().usageMeanMs()),
        median(ts, Trial::busyConnections),
        median(ts, Trial::inFlight),
        median(ts, t -> t.database().tps()),
        median(ts, t -> t.database().activeMean()),
        pendingPeak, timeouts, rejected, errors,
        requests == 0 ? (errors > 0 ? 1 : 0) : (double) errors / requests,
        p.kind() == Kind.PGBENCH ? Double.NaN : pgbenchTps);
  }

  static Spread spread(List<Trial> ts, ToDoubleFunction<Trial> figure) {
    List<Double> values = new ArrayList<>();
    for (Trial t : ts) {
      values.add(figure.applyAsDouble(t));
    }
    return Spread.of(values);
  }

  private static double median(List<Trial> ts, ToDoubleFunction<Trial> figure) {
    return spread(ts, figure).median();
  }
}
