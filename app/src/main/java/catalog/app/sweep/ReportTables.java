package catalog.app.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The tables both reports show, built once from a {@link SweepResult}. */
final class ReportTables {
  private ReportTables() {}

  static Table recommendations(SweepResult r) {
    List<List<String>> rows = new ArrayList<>();
    for (Recommendation rec : r.recommendations()) {
      rows.add(List.of(Integer.toString(rec.concurrency()),
          rec.poolSize().isPresent() ? "**" + rec.poolSize().getAsInt() + "**" : "none",
          Double.isFinite(rec.bestRps()) ? Cells.num(rec.bestRps(), 0) + " (pool " + rec.bestRpsPool() + ")" : "n/a",
          Double.isFinite(rec.bestP99Ms()) ? Cells.num(rec.bestP99Ms(), 2) + " (pool " + rec.bestP99Pool() + ")" : "n/a",
          rec.basis().label(),
          rec.qualifying().isEmpty() ? "none" : join(rec.qualifying()),
          rec.reason()));
    }
    return new Table("Recommended pool size per client count",
        List.of("clients", "recommended pool", "best req/s (pool)", "best p99 ms (pool)", "p99 judged",
            "pools meeting the rule", "why"), rows);
  }

  static Table points(SweepResult r) {
    List<List<String>> rows = new ArrayList<>();
    for (PointSummary s : r.summaries()) {
      if (s.point().kind() == Kind.PGBENCH) {
        continue;
      }
      rows.add(List.of(
          s.point().kind() == Kind.HIKARI ? Integer.toString(s.point().poolSize()) : "none",
          Integer.toString(s.point().concurrency()),
          range(s.okRps(), 0),
          Cells.show(s.p50Ms().median(), 2),
          range(s.p99Ms(), 2),
          range(s.serverP99Ms(), 2),
          Cells.show(s.acquireMeanMs(), 3) + " / " + Cells.show(s.acquireP99Ms(), 2),
          Cells.show(s.usageMeanMs(), 3),
          Cells.show(s.busyConnections(), 2),
          Cells.show(s.pgActiveMean(), 2),
          Cells.show(s.pgTps(), 0),
          Double.isFinite(s.ceilingRatio()) ? Cells.num(s.ceilingRatio() * 100, 0) + " %" : "n/a",
          s.errors() == 0 ? "0" : s.errors() + String.format(Locale.ROOT, " (%.2f %%)", s.errorRatio() * 100),
          s.noisy() ? "noisy: " + s.noisyFigures() : ""));
    }
    return new Table("Every point (medians of " + r.plan().trials() + " trials, [min..max])",
        List.of("pool", "clients", "req/s", "p50 ms", "wrk p99 ms", "server p99 ms", "acquire mean / p99 ms", "usage mean ms",
            "busy conns (Little)", "pg active", "pg tx/s", "of pgbench", "errors", "spread > 15 %"), rows);
  }

  static Table ceiling(SweepResult r) {
    List<List<String>> rows = new ArrayList<>();
    for (PointSummary s : r.summaries()) {
      if (s.point().kind() != Kind.PGBENCH) {
        continue;
      }
      int c = s.point().concurrency();
      Optional<PointSummary> best = r.summaries().stream()
          .filter(p -> p.point().kind() == Kind.HIKARI && p.point().concurrency() == c && !p.failing())
          .max(java.util.Comparator.comparingDouble(p -> p.okRps().median()));
      rows.add(List.of(Integer.toString(c), Integer.toString(s.clients()), range(s.okRps(), 0),
          Cells.show(s.meanMs().median(), 3),
          best.map(b -> Cells.num(b.okRps().median(), 0) + " (pool " + b.point().poolSize() + ")").orElse("n/a"),
          best.map(b -> Cells.num(b.okRps().median() / s.okRps().median() * 100, 0) + " %").orElse("n/a"),
          s.noisy() ? "noisy" : ""));
    }
    return new Table("pgbench -S -M prepared: the database's own ceiling",
        List.of("clients", "pgbench clients run", "pgbench tps", "pgbench latency ms", "best service req/s",
            "service / pgbench", "spread > 15 %"), rows);
  }

  static Table little(SweepResult r) {
    List<List<String>> rows = new ArrayList<>();
    for (PointSummary s : r.summaries()) {
      if (s.point().kind() != Kind.HIKARI) {
        continue;
      }
      rows.add(List.of(Integer.toString(s.point().poolSize()), Integer.toString(s.point().concurrency()),
          Cells.show(s.okRps().median(), 0), Cells.show(s.usageMeanMs(), 3), Cells.show(s.busyConnections(), 2),
          Double.isFinite(s.busyConnections())
              ? Cells.num(s.busyConnections() / s.point().poolSize() * 100, 0) + " %" : "n/a",
          Cells.show(s.pgActiveMean(), 2), Cells.show(s.inFlight(), 1)));
    }
    return new Table("Little's law from the measured figures",
        List.of("pool", "clients", "X req/s", "U usage ms", "L = X x U busy", "L / pool", "pg active (sampled)",
            "in service (X x server time)"), rows);
  }

  static String range(Spread s, int decimals) {
    if (s.count() == 0) {
      return "n/a";
    }
    return Cells.num(s.median(), decimals) + " [" + Cells.num(s.min(), decimals) + ".." + Cells.num(s.max(), decimals)
        + "]";
  }

  static String join(List<Integer> sizes) {
    return String.join(", ", sizes.stream().map(String::valueOf).toList());
  }
}
