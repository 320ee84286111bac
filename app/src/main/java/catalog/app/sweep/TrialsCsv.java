package catalog.app.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@code trials.csv}: one row per trial, written as each trial ends so that a failed sweep keeps what it measured. */
final class TrialsCsv implements AutoCloseable {
  static final List<String> COLUMNS = List.of(
      "kind", "pool_size", "concurrency", "clients", "trial", "workload", "started_at", "duration_s", "requests",
      "rps", "ok_rps", "latency_p50_ms", "latency_p90_ms", "latency_p99_ms", "latency_max_ms", "latency_mean_ms",
      "non2xx", "status_5xx", "socket_errors", "writes", "acquire_mean_ms", "acquire_p50_ms", "acquire_p99_ms",
      "acquire_source", "usage_mean_ms", "borrows", "acquire_timeouts", "rejected", "pending_peak",
      "pool_active_mean", "pool_active_peak", "pool_total_peak", "server_mean_ms", "server_p99_ms",
      "busy_connections", "in_flight", "pg_commits",
      "pg_rollbacks", "pg_tps", "pg_active_mean", "pg_active_peak", "pg_backends_peak", "cores", "load1", "load5",
      "load15");

  private final CSVPrinter printer;
  private final int cores;

  TrialsCsv(Path file, int cores) {
    this.cores = cores;
    try {
      printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
          CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator('\n').get());
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  void append(Trial t) {
    try {
      printer.printRecord(row(t, cores));
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to trials.csv", e);
    }
  }

  static List<String> row(Trial t, int cores) {
    TrialSpec s = t.spec();
    ClientFigures c = t.client();
    ServerFigures v = t.server();
    DatabaseFigures d = t.database();
    return List.of(
        s.kind().label(), s.poolSize() > 0 ? Integer.toString(s.poolSize()) : "", Integer.toString(s.concurrency()),
        Integer.toString(t.clients()), Integer.toString(s.round()), t.workload(), t.started().toString(),
        Cells.num(c.seconds(), 2), Cells.count(c.requests()),
        Cells.num(c.rps(), 1), Cells.num(c.okRps(), 1), Cells.num(c.p50Ms(), 3), Cells.num(c.p90Ms(), 3),
        Cells.num(c.p99Ms(), 3), Cells.num(c.maxMs(), 3), Cells.num(c.meanMs(), 3),
        Cells.count(c.non2xx()), Cells.count(c.status5xx()), Cells.count(c.socketErrors()), Cells.count(c.writes()),
        Cells.num(v.acquireMeanMs(), 4), Cells.num(v.acquireP50Ms(), 4), Cells.num(v.acquireP99Ms(), 4),
        v.acquireSource(), Cells.num(v.usageMeanMs(), 4), Cells.count(v.borrows()), Cells.count(v.timeouts()),
        Cells.count(v.rejected()), Cells.count(v.pendingPeak()), Cells.num(v.activeMean(), 2),
        Cells.count(v.activePeak()), Cells.count(v.totalPeak()), Cells.num(v.httpMeanMs(), 3),
        Cells.num(v.httpP99Ms(), 3),
        Cells.num(t.busyConnections(), 3), Cells.num(t.inFlight(), 2),
        Cells.count(d.commits()), Cells.count(d.rollbacks()), Cells.num(d.tps(), 1), Cells.num(d.activeMean(), 2),
        Cells.count(d.activePeak()), Cells.count(d.backendsPeak()),
        Integer.toString(cores), Cells.num(t.load().one(), 2), Cells.num(t.load().five(), 2),
        Cells.num(t.load().fifteen(), 2));
  }

  @Override
  public void close() {
    try {
      printer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close trials.csv", e);
    }
  }
}
