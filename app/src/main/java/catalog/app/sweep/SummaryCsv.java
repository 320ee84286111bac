package catalog.app.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@code summary.csv}: one row per point with the medians (and min, max, spread) of its trials. */
final class SummaryCsv {
  static final List<String> COLUMNS = List.of(
      "kind", "pool_size", "concurrency", "clients", "trials", "ok_rps_median", "ok_rps_min", "ok_rps_max",
      "ok_rps_spread", "latency_p50_ms_median", "latency_p99_ms_median", "latency_p99_ms_min",
      "latency_p99_ms_max", "latency_p99_spread", "latency_mean_ms_median", "server_p99_ms_median",
      "server_p99_ms_min", "server_p99_ms_max", "server_p99_spread",
      "acquire_p50_ms_median",
      "acquire_p99_ms_median", "acquire_mean_ms_median", "usage_mean_ms_median", "busy_connections_median",
      "in_flight_median", "pg_tps_median", "pg_active_mean_median", "pending_peak", "acquire_timeouts", "rejected",
      "errors", "error_ratio", "noisy", "pgbench_tps", "ceiling_ratio", "recommended");

  private SummaryCsv() {}

  static void write(Path file, List<PointSummary> summaries, List<Recommendation> recommendations) {
    Set<String> recommended = recommendations.stream().filter(r -> r.poolSize().isPresent())
        .map(r -> r.poolSize().getAsInt() + "@" + r.concurrency()).collect(Collectors.toSet());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
            .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator('\n').get())) {
      for (PointSummary s : summaries) {
        TrialSpec.Point pt = s.point();
        boolean isRecommended = pt.kind() == Kind.HIKARI
            && recommended.contains(pt.poolSize() + "@" + pt.concurrency());
        p.printRecord(row(s, isRecommended));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static List<String> row(PointSummary s, boolean recommended) {
    TrialSpec.Point pt = s.point();
    return List.of(
        pt.kind().label(), pt.poolSize() > 0 ? Integer.toString(pt.poolSize()) : "",
        Integer.toString(pt.concurrency()), Integer.toString(s.clients()), Integer.toString(s.trials()),
        Cells.num(s.okRps().median(), 1), Cells.num(s.okRps().min(), 1), Cells.num(s.okRps().max(), 1),
        Cells.num(s.okRps().spread(), 3),
        Cells.num(s.p50Ms().median(), 3), Cells.num(s.p99Ms().median(), 3), Cells.num(s.p99Ms().min(), 3),
        Cells.num(s.p99Ms().max(), 3), Cells.num(s.p99Ms().spread(), 3), Cells.num(s.meanMs().median(), 3),
        Cells.num(s.serverP99Ms().median(), 3), Cells.num(s.serverP99Ms().min(), 3),
        Cells.num(s.serverP99Ms().max(), 3), Cells.num(s.serverP99Ms().spread(), 3),
        Cells.num(s.acquireP50Ms(), 4), Cells.num(s.acquireP99Ms(), 4), Cells.num(s.acquireMeanMs(), 4),
        Cells.num(s.usageMeanMs(), 4), Cells.num(s.busyConnections(), 3), Cells.num(s.inFlight(), 2),
        Cells.num(s.pgTps(), 1), Cells.num(s.pgActiveMean(), 2), Cells.count(s.pendingPeak()),
        Cells.count(s.timeouts()), Cells.count(s.rejected()), Cells.count(s.errors()),
        Cells.num(s.errorRatio(), 5), s.noisyFigures(), Cells.num(s.pgbenchTps(), 1),
        Cells.num(s.ceilingRatio(), 3), recommended ? "yes" : "");
  }
}
