package catalog.app.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Writes {@code summary.csv}, the charts, {@code report.md} and {@code report.html}; and the lines they share. */
public final class Reports {
  static final String LITTLE = "Little's law, L = X x W, read from the measured figures: X is the throughput, U the "
      + "mean time a unit of work holds its connection (the service's catalog_db_hold timer over the trial), so "
      + "L = X x U is how many connections are busy on average. When L is close to the pool size, requests queue for a connection and "
      + "acquire wait grows; when it is well below, the extra connections idle. pg active is PostgreSQL's count of "
      + "backends executing a statement, sampled every 200 ms: lower than L, because a borrowed connection also waits while the "
      + "service runs (or waits for a CPU). X times the service's own mean time per request is how many requests "
      + "are inside the service at once, at most the client count.";
  static final String CEILING = "pgbench -S -M prepared runs one prepared primary-key SELECT per transaction against a "
      + "pgbench database of its own on the same server, at the same client counts, in the same rounds as the sweep: "
      + "it is what PostgreSQL on this machine does with no HTTP, JSON or pool in the way. The ratio says how much of "
      + "that ceiling the service reaches; a catalog read is more work than a pgbench SELECT, so 100 % is not the aim.";

  static final String BASIS = "--rule-p99 chooses: server is the service's HTTP timer, the wait for a connection and "
      + "the work with it; wrk's p99 is corrected for coordinated omission, so on a shared machine its stalls dominate it";

  private Reports() {}

  /** Writes every file; a partial result is written the same way, marked as such. */
  public static synchronized void write(Path dir, SweepResult r) {
    SummaryCsv.write(dir.resolve("summary.csv"), r.summaries(), r.recommendations());
    Map<String, String> charts = Charts.render(dir, r);
    text(dir.resolve("report.md"), MarkdownReport.render(r, charts));
    text(dir.resolve("report.html"), HtmlReport.render(r, dir, charts));
  }

  static List<String> header(SweepResult r) {
    SweepPlan p = r.plan();
    List<String> out = new ArrayList<>();
    out.add("Run " + r.started().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ", took " + Sweep.minutes(r.elapsed()) + (r.partial() ? " (stopped early)" : ""));
    out.add("Measured " + r.target());
    out.add("Machine: " + r.machine().summary() + "; at the end " + r.loadAtEnd());
    out.add("Pool sizes " + ReportTables.join(p.poolSizes()) + "; clients " + ReportTables.join(p.concurrencies())
        + "; " + p.trials() + " trials of " + p.duration().toSeconds() + " s each"
        + (p.warmup().isZero() ? " without warm-up" : " after a " + p.warmup().toSeconds() + " s warm-up")
        + ", in interleaved rounds" + (p.quick() ? " (--quick)" : ""));
    out.add("Workload " + r.workload() + (r.workload().equals("mixed") ? " (" + p.mix() + ")" : "")
        + "; baseline " + (p.pgbench() ? "pgbench -S -M prepared, " + p.baselineDuration().toSeconds()
            + " s per run, scale " + p.pgbenchScale() : "none") + (p.compareNone() ? "; no-pool comparison" : ""));
    out.add(r.trials().size() + " trials measured of " + p.schedule().size() + " planned");
    return out;
  }

  static Optional<String> overall(SweepResult r) {
    OptionalInt size = PoolRule.overall(r.recommendations());
    if (size.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Recommended: DB_POOL_SIZE=" + size.getAsInt() + " (the largest of the per-client-count "
        + "recommendations, so that it serves up to " + r.recommendations().getLast().concurrency()
        + " clients)" + (r.partial() ? ", from a partial sweep" : ""));
  }

  static List<String> notes(SweepResult r) {
    List<String> out = new ArrayList<>();
    long noisy = r.summaries().stream().filter(PointSummary::noisy).count();
    if (noisy > 0) {
      out.add(noisy + " of " + r.summaries().size() + " points have a spread (max - min) / median above 15 % in "
          + "throughput or p99 and are marked noisy: treat differences smaller than their spread as no difference");
    }
    double loadMax = r.trials().stream().mapToDouble(t -> t.load().one()).filter(Double::isFinite).max().orElse(Double.NaN);
    if (Double.isFinite(loadMax)) {
      out.add(String.format(Locale.ROOT, "load average (1 min) at trial starts ranged up to %.1f on %d cores",
          loadMax, r.machine().cores()));
    }
    String sources = r.trials().stream().map(t -> t.server().acquireSource()).filter(s -> !s.isEmpty()).distinct()
        .reduce((a, b) -> a + ", " + b).orElse("");
    if (sources.contains("admin-last-10s")) {
      out.add("acquire p50/p99 come from /admin/pool's last-10-second window read at the end of each trial (/metrics "
          + "publishes no acquire histogram); the acquire mean is exact over the trial (timer sum / count deltas)");
    }
    out.add("wrk's latency percentiles correct for coordinated omission (during a stall it adds the samples a client "
        + "sending at the measured rate would have seen), so a pause of the service or the machine shows in p99 at "
        + "full length; \"server p99\" is the service's own HTTP timer, which has no such correction");
    out.addAll(r.notes());
    return out;
  }

  /** What the command prints at the end. */
  static String conclusion(SweepResult r, Path dir) {
    StringBuilder s = new StringBuilder();
    s.append(r.partial() ? "\nPARTIAL sweep (" + r.failure().orElseThrow() + ")\n" : "\nsweep done in "
        + Sweep.minutes(r.elapsed()) + "\n");
    for (Recommendation rec : r.recommendations()) {
      s.append("  ").append(rec.concurrency()).append(" clients: pool ")
          .append(rec.poolSize().isPresent() ? Integer.toString(rec.poolSize().getAsInt()) : "none").append(" - ")
          .append(rec.reason()).append('\n');
    }
    overall(r).ifPresent(line -> s.append(line).append('\n'));
    s.append("report: ").append(dir.resolve("report.md")).append(" and ").append(dir.resolve("report.html"))
        .append('\n');
    return s.toString();
  }

  private static void text(Path file, String content) {
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
