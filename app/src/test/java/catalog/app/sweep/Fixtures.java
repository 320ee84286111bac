package catalog.app.sweep;

import java.time.Instant;
import java.util.List;

/** Hand-made points and trials for the unit tests of the rule, the summaries and the writers. */
final class Fixtures {
  private Fixtures() {}

  /** A pooled point with the given median throughput and p99, measured once, without errors. */
  static PointSummary point(int pool, int clients, double rps, double p99) {
    return point(pool, clients, rps, p99, 0);
  }

  static PointSummary point(int pool, int clients, double rps, double p99, double errorRatio) {
    return point(pool, clients, rps, p99, 3.0, errorRatio);
  }

  /** With the service's own p99 too. */
  static PointSummary withServerP99(int pool, int clients, double rps, double p99, double serverP99) {
    return point(pool, clients, rps, p99, serverP99, 0);
  }

  static PointSummary point(int pool, int clients, double rps, double p99, double serverP99, double errorRatio) {
    return new PointSummary(new TrialSpec.Point(Kind.HIKARI, pool, clients), 3, clients, Spread.of(List.of(rps)),
        Spread.of(List.of(1.0)), Spread.of(List.of(p99)), Spread.of(List.of(2.0)),
        Spread.of(java.util.Arrays.asList(serverP99)), 0.1, 0.5, 0.2, 0.4,
        rps * 0.4 / 1000, 8, rps, 1.0, 0, 0, 0, errorRatio > 0 ? 10 : 0, errorRatio, 20_000);
  }

  static Trial trial(Kind kind, int pool, int clients, int round, double okRps, double p99) {
    ClientFigures client = new ClientFigures(10, Math.round(okRps * 10), okRps, okRps, 1.0, 2.0, p99, p99 * 2,
        1.5, 0, kind == Kind.PGBENCH ? 0 : 0, 0, 0);
    ServerFigures server = kind == Kind.PGBENCH ? ServerFigures.NONE
        : new ServerFigures(0.5, 0.1, 2.0, "catalog_db_acquire_seconds histogram", 0.4, Math.round(okRps * 10), 0, 0,
            3, 1.5, pool, pool, 0, 0, 1.2, 9.5);
    DatabaseFigures db = new DatabaseFigures(0, Math.round(okRps * 10), okRps, 0.5, 2, pool);
    return new Trial(new TrialSpec(kind, pool, clients, round), kind == Kind.PGBENCH ? "pgbench -S -M prepared" : "read",
        Instant.parse("2026-01-02T03:04:05Z"), clients, new LoadAverage(1.5, 1.25, 1.0), client, server, db);
  }
}
