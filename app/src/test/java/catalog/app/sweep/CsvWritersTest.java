package catalog.app.sweep;

import static catalog.app.sweep.Fixtures.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWritersTest {
  @TempDir
  Path dir;

  private static List<CSVRecord> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
  }

  @Test
  void trialsCsvHasTheHeaderAndOneRowPerAppendedTrialAtOnce() throws IOException {
    Path file = dir.resolve("trials.csv");
    try (TrialsCsv csv = new TrialsCsv(file, 2)) {
      assertEquals(String.join(",", TrialsCsv.COLUMNS), Files.readAllLines(file).getFirst());
      csv.append(trial(Kind.HIKARI, 4, 16, 1, 1234.56, 7.25));
      assertEquals(2, Files.readAllLines(file).size(), "each trial is on disk as soon as it ends");
      csv.append(trial(Kind.PGBENCH, 0, 16, 1, 30000, Double.NaN));
    }
    List<CSVRecord> rows = read(file);
    assertEquals(2, rows.size());
    CSVRecord pooled = rows.getFirst();
    assertEquals("hikari", pooled.get("kind"));
    assertEquals("4", pooled.get("pool_size"));
    assertEquals("16", pooled.get("concurrency"));
    assertEquals("1", pooled.get("trial"));
    assertEquals("1234.6", pooled.get("ok_rps"));
    assertEquals("7.250", pooled.get("latency_p99_ms"));
    assertEquals("2026-01-02T03:04:05Z", pooled.get("started_at"));
    assertEquals("2", pooled.get("cores"));
    assertEquals("1.50", pooled.get("load1"));
    assertEquals("0.494", pooled.get("busy_connections"), "1234.56 req/s x 0.4 ms");
    CSVRecord pgbench = rows.get(1);
    assertEquals("", pgbench.get("pool_size"), "no pool");
    assertEquals("", pgbench.get("latency_p99_ms"), "NaN is an empty cell");
    assertEquals("", pgbench.get("acquire_timeouts"), "-1 is an empty cell");
    for (CSVRecord row : rows) {
      assertEquals(TrialsCsv.COLUMNS.size(), row.size());
    }
  }

  @Test
  void summaryCsvHasMediansMinMaxAndMarksTheRecommendedPoints() throws IOException {
    List<Trial> trials = List.of(
        trial(Kind.HIKARI, 1, 16, 1, 100, 10), trial(Kind.HIKARI, 1, 16, 2, 300, 12),
        trial(Kind.HIKARI, 1, 16, 3, 200, 30),
        trial(Kind.HIKARI, 2, 16, 1, 400, 9), trial(Kind.HIKARI, 2, 16, 2, 410, 9.5),
        trial(Kind.HIKARI, 2, 16, 3, 405, 9.2),
        trial(Kind.PGBENCH, 0, 16, 1, 4000, Double.NaN), trial(Kind.PGBENCH, 0, 16, 2, 5000, Double.NaN));
    List<PointSummary> summaries = Summaries.of(trials);
    List<Recommendation> recs = PoolRule.recommend(summaries, P99Basis.WRK);
    Path file = dir.resolve("summary.csv");
    SummaryCsv.write(file, summaries, recs);
    List<CSVRecord> rows = read(file);
    assertEquals(3, rows.size());
    CSVRecord one = rows.getFirst();
    assertEquals("1", one.get("pool_size"));
    assertEquals("3", one.get("trials"));
    assertEquals("200.0", one.get("ok_rps_median"));
    assertEquals("100.0", one.get("ok_rps_min"));
    assertEquals("300.0", one.get("ok_rps_max"));
    assertEquals("1.000", one.get("ok_rps_spread"));
    assertEquals("12.000", one.get("latency_p99_ms_median"));
    assertEquals("throughput+p99", one.get("noisy"));
    assertEquals("4500.0", one.get("pgbench_tps"), "median of the two pgbench runs at the same clients");
    assertEquals("0.044", one.get("ceiling_ratio"));
    assertEquals("", one.get("recommended"));
    CSVRecord two = rows.get(1);
    assertEquals("405.0", two.get("ok_rps_median"));
    assertEquals("", two.get("noisy"));
    assertEquals("yes", two.get("recommended"));
    CSVRecord pgbench = rows.get(2);
    assertEquals("pgbench", pgbench.get("kind"));
    assertEquals("", pgbench.get("pool_size"));
    assertEquals("", pgbench.get("ceiling_ratio"));
    assertTrue(rows.stream().allMatch(r -> r.size() == SummaryCsv.COLUMNS.size()));
  }
}
