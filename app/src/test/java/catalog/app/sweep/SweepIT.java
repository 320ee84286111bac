package catalog.app.sweep;

import static catalog.app.sweep.SweepOutputs.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.app.TestServer;
import catalog.infra.testing.TestDatabase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code catalog sweep --quick} end to end against a real server (in-process, admin API on, bulkhead
 * wide enough for the clients) with real wrk and pgbench: every output file, and that its numbers agree
 * with each other. In the none-mode run of the suite the service has no pool, and the sweep must
 * refuse it loudly and keep a result marked partial.
 */
class SweepIT {
  private static final List<String> CHARTS = List.of("throughput.png", "latency-p99.png", "acquire-wait.png",
      "busy-connections.png");

  private record Run(int exit, String output, SweepOutputs files) {}

  private static Run sweep(TestServer server, Path out, String... extra) {
    return sweep(server, TestServer.ADMIN_TOKEN, out, extra);
  }

  /** Runs {@code catalog sweep} in-process against the server; what it prints (out and err) is kept. */
  private static Run sweep(TestServer server, String adminToken, Path out, String... extra) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(printed, true, StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("--url", "http://127.0.0.1:" + server.port(),
        "--admin-token", adminToken, "--api-key", TestServer.API_KEY, "--out", out.toString()));
    args.addAll(List.of(extra));
    PrintStream err = System.err;
    System.setErr(log);
    try {
      int exit = new CommandLine(new SweepCommand(TestDatabase.get().env(), log)).execute(args.toArray(String[]::new));
      return new Run(exit, printed.toString(StandardCharsets.UTF_8), new SweepOutputs(out));
    } finally {
      System.setErr(err);
    }
  }

  private static Path fresh(String name) throws IOException {
    Path dir = Path.of("target", "sweep-it", name + "-" + TestServer.poolMode().label());
    if (Files.exists(dir)) {
      try (var walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return dir;
  }

  @Test
  void aQuickSweepWritesConsistentTrialsSummaryReportsAndCharts() throws IOException {
    assertTrue(Processes.onPath("wrk"), "wrk is not installed: the sweep test needs it (Debian/Ubuntu: apt-get install "
        + "wrk; scripts/test installs it when run as root)");
    assertTrue(Processes.onPath("pgbench"), "pgbench is not installed: the sweep test needs it (Debian/Ubuntu: "
        + "apt-get install postgresql-client; scripts/test installs it when run as root)");
    // A trial at pool 1 queues its clients behind one connection: a wait of 8 s, under wrk's 10 s, keeps a slow
    // machine's queue from becoming 503s, which every trial asserts it has none of.
    try (TestServer server = TestServer.start(Map.of("DB_MAX_WAITERS", "1000", "DB_CONNECTION_TIMEOUT_MS", "8000"))) {
      Path out = fresh("quick");
      Run run = sweep(server, out, "--quick", "--products", "600");
      if (!TestServer.pooled()) {
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("pool mode 'none'"), run.output());
        assertTrue(run.files().text("report.md").contains("PARTIAL RESULT"), "a failed sweep marks its report");
        assertTrue(run.files().text("report.html").contains("PARTIAL RESULT"));
        assertEquals(TrialsCsv.COLUMNS, run.files().header("trials.csv"), "the header is written before any trial");
        return;
      }
      assertEquals(0, run.exit(), run.output());
      assertEquals(10, server.maxConnections(), "the sweep gave the service's pool back its size (10, the default)");
      SweepOutputs files = run.files();
      for (String file : List.of("trials.csv", "summary.csv", "report.md", "report.html")) {
        assertTrue(Files.size(out.resolve(file)) > 0, file);
      }
      List<Map<String, String>> trials = trialsAreWhole(files);
      List<Map<String, String>> summary = summaryMatchesTheTrials(files, trials);
      Map<Integer, Integer> recommended = recommendationFollowsTheRule(summary);
      reportsShowTheRecommendation(files, recommended, out);
      chartsArePngs(out);
    }
  }

  @Test
  void aRefusedAdminTokenFailsLoudlyAndKeepsAResultMarkedPartial() throws IOException {
    try (TestServer server = TestServer.start()) {
      Path out = fresh("refused");
      Run run = sweep(server, "not-the-admin-token-0123456789", out, "--quick");
      assertEquals(1, run.exit(), run.output());
      assertTrue(run.output().contains("admin token was refused"), run.output());
      assertTrue(run.files().text("report.md").contains("PARTIAL RESULT"), run.files().text("report.md"));
      assertEquals(TrialsCsv.COLUMNS, run.files().header("trials.csv"));
      assertTrue(run.files().rows("trials.csv").isEmpty());
    }
  }

  /**
   * A service whose DB_MAX_WAITERS is unset lets 4 x its pool size wait: 40 at the default pool of 10, 4 at
   * pool 1, where 8 clients get 503s. The report says so; it checked only at the size the service started at.
   */
  @Test
  void aPoolSizeThatRefusesClientsIsNoted() throws IOException {
    // A pool in both runs of the suite: the sweep refuses a service without one (above).
    try (TestServer server = TestServer.start(Map.of("DB_POOL_MODE", "hikari"))) {
      Path out = fresh("refusing");
      Run run = sweep(server, out, "--quick", "--products", "600", "--no-pgbench", "--pool-sizes", "1",
          "--concurrency", "8", "--trials", "1", "--duration", "1s");
      assertEquals(0, run.exit(), run.output());
      assertTrue(run.files().text("report.md").contains("at pool size 1 the service lets at most 4 requests wait"),
          run.files().text("report.md"));
      assertEquals(10, server.maxConnections(), "given back its size");
    }
  }

  @Test
  void aBadOptionIsAUsageErrorThatNamesIt() throws IOException {
    try (TestServer server = TestServer.start()) {
      Run run = sweep(server, fresh("usage"), "--quick", "--pool-sizes", "1001");
      assertEquals(2, run.exit(), run.output());
      assertTrue(run.output().contains("--pool-sizes"), run.output());
    }
  }

  private static List<Map<String, String>> trialsAreWhole(SweepOutputs files) {
    assertEquals(TrialsCsv.COLUMNS, files.header("trials.csv"));
    List<Map<String, String>> rows = files.rows("trials.csv");
    long pooled = rows.stream().filter(r -> r.get("kind").equals("hikari")).count();
    assertEquals(3 * 2 * 2, pooled, "3 sizes x 2 client counts x 2 trials");
    for (Map<String, String> r : rows) {
      String where = r.toString();
      assertTrue(number(r, "requests") > 0, where);
      assertTrue(number(r, "ok_rps") > 0, where);
      assertTrue(number(r, "ok_rps") <= number(r, "rps") + 0.1, where);
      assertEquals(Integer.toString(Runtime.getRuntime().availableProcessors()), r.get("cores"), where);
      assertTrue(number(r, "pg_commits") + number(r, "pg_rollbacks") > 0, "PostgreSQL saw the trial: " + where);
      assertTrue(Double.isFinite(number(r, "load1")), where);
      if (r.get("kind").equals("hikari")) {
        assertEquals("read", r.get("workload"));
        assertTrue(number(r, "latency_p50_ms") <= number(r, "latency_p90_ms"), where);
        assertTrue(number(r, "latency_p90_ms") <= number(r, "latency_p99_ms"), where);
        assertTrue(number(r, "latency_p99_ms") <= number(r, "latency_max_ms"), where);
        assertEquals(0.0, number(r, "socket_errors"), where);
        assertEquals(0.0, number(r, "status_5xx"), where);
        assertTrue(number(r, "pool_total_peak") <= number(r, "pool_size"), "the pool kept its size: " + where);
        assertTrue(number(r, "borrows") > 0, where);
        assertTrue(number(r, "usage_mean_ms") > 0, where);
        assertTrue(number(r, "acquire_mean_ms") >= 0, where);
        assertTrue(number(r, "server_p99_ms") > 0, where);
        // ok_rps is rounded to 0.1, usage_mean_ms to 0.0001 and busy_connections to 0.001 in the file: their
        // product may be off by what that rounding allows, more than 0.01 when a connection is held 200 ms.
        double ok = number(r, "ok_rps");
        double usage = number(r, "usage_mean_ms");
        double rounding = (0.05 * usage + 0.00005 * ok) / 1000 + 0.0005;
        assertEquals(ok * usage / 1000, number(r, "busy_connections"), rounding + 1e-9,
            "Little's law from the row's own figures: " + where);
        assertTrue(number(r, "in_flight") <= number(r, "concurrency") * 1.05 + 0.5,
            "no more requests inside the service than clients: " + where);
      }
    }
    return rows;
  }

  private static List<Map<String, String>> summaryMatchesTheTrials(SweepOutputs files,
      List<Map<String, String>> trials) {
    assertEquals(SummaryCsv.COLUMNS, files.header("summary.csv"));
    List<Map<String, String>> summary = files.rows("summary.csv");
    Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
    for (Map<String, String> t : trials) {
      groups.computeIfAbsent(key(t), k -> new ArrayList<>()).add(t);
    }
    assertEquals(groups.keySet(), summary.stream().map(SweepIT::key).collect(Collectors.toSet()),
        "one summary row per point");
    assertEquals(groups.size(), summary.size());
    Map<Integer, Double> pgbench = new TreeMap<>();
    for (Map<String, String> s : summary) {
      List<Map<String, String>> group = groups.get(key(s));
      String where = key(s);
      assertEquals(group.size(), (int) number(s, "trials"), where);
      Spread rps = Spread.of(group.stream().map(t -> number(t, "ok_rps")).toList());
      // Cells are rounded (0.1 req/s, 0.001 ms): a median of two rounded values may differ by one step.
      assertEquals(rps.median(), number(s, "ok_rps_median"), 0.11, "median throughput of " + where);
      assertEquals(rps.min(), number(s, "ok_rps_min"), 0.051, where);
      assertEquals(rps.max(), number(s, "ok_rps_max"), 0.051, where);
      assertEquals(rps.spread(), number(s, "ok_rps_spread"), 0.002, where);
      if (s.get("kind").equals("pgbench")) {
        pgbench.put((int) number(s, "concurrency"), number(s, "ok_rps_median"));
        continue;
      }
      Spread p99 = Spread.of(group.stream().map(t -> number(t, "latency_p99_ms")).toList());
      assertEquals(p99.median(), number(s, "latency_p99_ms_median"), 0.0011, "median p99 of " + where);
      assertEquals(p99.spread(), number(s, "latency_p99_spread"), 0.002, where);
      Spread server = Spread.of(group.stream().map(t -> number(t, "server_p99_ms")).toList());
      assertEquals(server.median(), number(s, "server_p99_ms_median"), 0.0011, "median server p99 of " + where);
      boolean onTheEdge = Math.abs(rps.spread() - Spread.NOISY) < 0.002 || Math.abs(p99.spread() - Spread.NOISY) < 0.002
          || Math.abs(server.spread() - Spread.NOISY) < 0.002;
      if (!onTheEdge) {
        boolean noisy = rps.spread() > Spread.NOISY || p99.spread() > Spread.NOISY || server.spread() > Spread.NOISY;
        assertEquals(noisy, !s.get("noisy").isEmpty(), "noisy flag of " + where + ": " + s.get("noisy"));
      }
    }
    for (Map<String, String> s : summary) {
      if (s.get("kind").equals("hikari") && pgbench.containsKey((int) number(s, "concurrency"))) {
        double ceiling = pgbench.get((int) number(s, "concurrency"));
        assertEquals(ceiling, number(s, "pgbench_tps"), 0.051, key(s));
        // Both figures are rounded to 0.1 in the file and the ratio to 0.001: recomputed from the rounded
        // cells it may be off by what their rounding allows (0.005 when the service does 16 times pgbench).
        double ok = number(s, "ok_rps_median");
        double rounding = ok / ceiling * (0.05 / ok + 0.05 / ceiling) + 0.0005;
        assertEquals(ok / ceiling, number(s, "ceiling_ratio"), rounding + 1e-9, key(s));
      }
    }
    return summary;
  }

  /** Applies the rule to summary.csv independently and checks the rows marked recommended; returns them by clients. */
  private static Map<Integer, Integer> recommendationFollowsTheRule(List<Map<String, String>> summary) {
    Map<Integer, List<Map<String, String>>> byClients = new TreeMap<>();
    summary.stream().filter(s -> s.get("kind").equals("hikari"))
        .forEach(s -> byClients.computeIfAbsent((int) number(s, "concurrency"), c -> new ArrayList<>()).add(s));
    Map<Integer, Integer> chosen = new TreeMap<>();
    byClients.forEach((clients, points) -> {
      List<Map<String, String>> eligible = points.stream().filter(p -> number(p, "error_ratio") <= 0.01)
          .sorted(Comparator.comparingDouble(p -> number(p, "pool_size"))).toList();
      double bestRps = eligible.stream().mapToDouble(p -> number(p, "ok_rps_median")).max().orElseThrow();
      // The default --rule-p99 is the service's own p99.
      double bestP99 = eligible.stream().mapToDouble(p -> number(p, "server_p99_ms_median")).min().orElseThrow();
      List<Integer> both = new ArrayList<>();
      List<Integer> fast = new ArrayList<>();
      for (Map<String, String> p : eligible) {
        int size = (int) number(p, "pool_size");
        // The rule runs on unrounded medians: a point within a rounding step of a boundary may go either way.
        double rps = number(p, "ok_rps_median");
        double p99 = number(p, "server_p99_ms_median");
        if (rps >= 0.95 * bestRps - 0.1) {
          fast.add(size);
          if (p99 <= 1.10 * bestP99 + 0.001) {
            both.add(size);
          }
        }
      }
      List<Integer> marked = points.stream().filter(p -> p.get("recommended").equals("yes"))
          .map(p -> (int) number(p, "pool_size")).toList();
      assertEquals(1, marked.size(), "one recommended pool at " + clients + " clients: " + marked);
      int expected = both.isEmpty() ? fast.getFirst() : both.getFirst();
      assertEquals(expected, marked.getFirst(), "the rule at " + clients + " clients over " + points);
      chosen.put(clients, marked.getFirst());
    });
    return chosen;
  }

  private static void reportsShowTheRecommendation(SweepOutputs files, Map<Integer, Integer> recommended, Path out) {
    int overall = recommended.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    String md = files.text("report.md");
    assertFalse(md.contains("PARTIAL"), "a complete sweep is not marked partial");
    assertTrue(md.contains("Recommended: DB_POOL_SIZE=" + overall), md);
    assertTrue(md.contains(PoolRule.TEXT), "the rule is stated");
    recommended.forEach((clients, size) -> {
      Matcher row = Pattern.compile("(?m)^\\| " + clients + " \\| \\*\\*" + size + "\\*\\* \\|").matcher(md);
      assertTrue(row.find(), "report.md shows pool " + size + " for " + clients + " clients");
    });
    assertTrue(md.contains("Little's law"), md);
    assertTrue(md.contains("pgbench ceiling"), md);
    for (String chart : CHARTS) {
      assertTrue(md.contains("](" + chart + ")"), "report.md shows " + chart);
    }
    String html = files.text("report.html");
    assertTrue(html.startsWith("<!DOCTYPE html>"), "an HTML page");
    assertTrue(html.contains("Recommended: DB_POOL_SIZE=" + overall), "report.html names the size");
    assertEquals(CHARTS.size(), html.split("src=\"data:image/png;base64,", -1).length - 1, "charts are inline");
    assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing is loaded from elsewhere");
    recommended.forEach((clients, size) -> assertTrue(html.contains("<td>" + clients + "</td><td><strong>" + size
        + "</strong></td>"), "report.html shows pool " + size + " for " + clients + " clients"));
  }

  private static void chartsArePngs(Path out) throws IOException {
    for (String chart : CHARTS) {
      BufferedImage image = ImageIO.read(out.resolve(chart).toFile());
      assertTrue(image != null, chart + " is a PNG");
      assertEquals(Charts.WIDTH, image.getWidth(), chart);
      assertEquals(Charts.HEIGHT, image.getHeight(), chart);
    }
  }

  private static String key(Map<String, String> row) {
    return row.get("kind") + "/" + row.get("pool_size") + "/" + row.get("concurrency");
  }
}
