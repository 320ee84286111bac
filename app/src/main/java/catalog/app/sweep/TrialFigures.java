package catalog.app.sweep;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Turns what the tools printed and the service and PostgreSQL reported over a trial window into a {@link Trial}. */
final class TrialFigures {
  private TrialFigures() {}

  static Trial serviceTrial(TrialSpec spec, String workload, Instant started, LoadAverage load, WrkResult wrk,
      Duration planned, MetricsWindow window, PoolSnapshot poolBefore, PoolSnapshot poolAfter,
      TrialSampler.Samples samples, PostgresView.Transactions tx) {
    double seconds = wrk.seconds(planned.toSeconds());
    long requests = wrk.count("requests");
    long http5xx = window.hasHttpStatus() ? Math.round(window.httpAnswers("5")) : -1;
    long http503 = window.hasHttpStatus() ? Math.round(window.httpAnswers("503")) : -1;
    long status5xx = wrk.counted() ? wrk.count("status_5xx") : http5xx;
    long failed = status5xx >= 0 ? status5xx : wrk.count("non2xx");
    double rps = wrk.get("rps");
    ClientFigures client = new ClientFigures(seconds, requests, rps,
        requests > 0 ? rps * Math.max(0, requests - failed) / requests : 0, wrk.get("p50_ms"), wrk.get("p90_ms"), wrk.get("p99_ms"),
        wrk.get("max_ms"), wrk.get("mean_ms"), wrk.count("non2xx"), status5xx, wrk.count("socket_errors"),
        wrk.count("writes"));
    return new Trial(spec, workload, started, spec.concurrency(), load, client,
        server(window, poolBefore, poolAfter, samples, http5xx, http503), database(tx, seconds, samples));
  }

  static Trial pgbenchTrial(TrialSpec spec, Instant started, LoadAverage load, int clients,
      Pgbench.PgbenchResult r, TrialSampler.Samples samples, PostgresView.Transactions tx) {
    ClientFigures client = new ClientFigures(r.seconds(), r.transactions(), r.tps(), r.tps(), Double.NaN, Double.NaN,
        Double.NaN, Double.NaN, r.latencyMs(), 0, 0, 0, 0);
    return new Trial(spec, "pgbench -S -M prepared", started, clients, load, client, ServerFigures.NONE,
        database(tx, r.seconds(), samples));
  }

  /**
   * The pool's figures over the window. The unit-of-work timers (nanosecond precision, with buckets)
   * come first; HikariCP's own timers are the fallback (its usage timer truncates to whole
   * milliseconds, too coarse for sub-millisecond reads), and /admin/pool's last-10-second
   * percentiles the last resort for acquire p50/p99.
   */
  private static ServerFigures server(MetricsWindow w, PoolSnapshot before, PoolSnapshot after,
      TrialSampler.Samples samples, long http5xx, long http503) {
    boolean uow = w.has(MetricsWindow.UOW_ACQUIRE);
    String acquire = uow ? MetricsWindow.UOW_ACQUIRE : MetricsWindow.ACQUIRE;
    double p50 = w.quantileMs(acquire, 0.50);
    double p99 = w.quantileMs(acquire, 0.99);
    String source = acquire + " histogram";
    if (Double.isNaN(p99) && after != null) {
      p50 = after.acquireP50Last10sMs();
      p99 = after.acquireP99Last10sMs();
      source = "admin-last-10s";
    } else if (Double.isNaN(p99)) {
      source = "";
    }
    String hold = w.has(MetricsWindow.UOW_HOLD) ? MetricsWindow.UOW_HOLD : MetricsWindow.USAGE;
    double timeouts = uow ? w.delta(MetricsWindow.UOW_FAILURES, Map.of("reason", "acquire_timeout"))
        : w.delta(MetricsWindow.TIMEOUTS);
    double overloaded = w.delta(MetricsWindow.UOW_FAILURES, Map.of("reason", "overloaded"));
    long rejected = Double.isFinite(overloaded) ? Math.round(overloaded)
        : before != null && after != null && after.rejected() >= 0 ? after.rejected() - before.rejected() : -1;
    double borrows = w.count(hold);
    return new ServerFigures(w.meanMs(acquire), p50, p99, source, w.meanMs(hold),
        Double.isNaN(borrows) ? -1 : Math.round(borrows), Double.isNaN(timeouts) ? -1 : Math.round(timeouts),
        rejected, samples.pendingPeak(), samples.activeMean(), samples.activePeak(), samples.totalPeak(), http5xx,
        http503, w.meanMs(MetricsWindow.HTTP, MetricsWindow.API), w.quantileMs(MetricsWindow.HTTP, 0.99, MetricsWindow.API));
  }

  private static DatabaseFigures database(PostgresView.Transactions tx, double seconds, TrialSampler.Samples s) {
    return new DatabaseFigures(tx.commits(), tx.rollbacks(), tx.total() / seconds, s.pgActiveMean(),
        s.pgActivePeak(), s.pgBackendsPeak());
  }
}
