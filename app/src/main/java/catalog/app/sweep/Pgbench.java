package catalog.app.sweep;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own ceiling: {@code pgbench -S -M prepared} (one primary-key SELECT per transaction,
 * prepared) against a pgbench database of its own on the same server, initialised once per scale.
 */
final class Pgbench {
  static final String DATABASE = "catalog_pgbench";
  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
  private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
  private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
  private static final long INIT_LOCK = 0x5ca1ab1e_0001L;

  private final PgServer server;
  private final Processes processes;

  Pgbench(PgServer server, Processes processes) {
    this.server = server;
    this.processes = processes;
  }

  static void requireInstalled() {
    if (!Processes.onPath("pgbench")) {
      throw new SweepFailure("pgbench is not installed (Debian/Ubuntu: apt-get install postgresql-client; it ships "
          + "with PostgreSQL); or run without the baseline: --no-pgbench");
    }
  }

  /**
   * Makes sure {@value #DATABASE} holds pgbench tables of this scale, creating and initialising it when
   * not; an advisory lock keeps two sweeps from initialising it at once. Returns true when it initialised.
   */
  boolean ensureInitialised(int scale) {
    try (Connection admin = server.connect("postgres")) {
      try (PreparedStatement lock = admin.prepareStatement("SELECT pg_advisory_lock(?)")) {
        lock.setLong(1, INIT_LOCK);
        lock.execute();
      }
      if (!exists(admin)) {
        try (Statement s = admin.createStatement()) {
          s.execute("CREATE DATABASE " + DATABASE);
        }
      }
      if (hasScale(scale)) {
        return false;
      }
      ProcessBuilder pb = new ProcessBuilder(List.of("pgbench", "-i", "-q", "-s", Integer.toString(scale), DATABASE));
      pb.environment().putAll(server.libpqEnv());
      processes.run(pb, 900, "pgbench -i");
      return true;
    } catch (SQLException e) {
      throw new SweepFailure("cannot prepare the pgbench database " + DATABASE + " on " + server + ": "
          + e.getMessage());
    }
  }

  PgbenchResult run(int clients, int seconds) {
    int threads = Math.max(1, Math.min(clients, Runtime.getRuntime().availableProcessors()));
    ProcessBuilder pb = new ProcessBuilder(List.of("pgbench", "-n", "-S", "-M", "prepared", "-c",
        Integer.toString(clients), "-j", Integer.toString(threads), "-T", Integer.toString(seconds), DATABASE));
    pb.environment().putAll(server.libpqEnv());
    return PgbenchResult.parse(processes.run(pb, seconds + 120L, "pgbench"), seconds);
  }

  private static boolean exists(Connection admin) throws SQLException {
    try (PreparedStatement ps = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      ps.setString(1, DATABASE);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private boolean hasScale(int scale) throws SQLException {
    try (Connection c = server.connect(DATABASE);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM pgbench_branches")) {
      return rs.next() && rs.getInt(1) == scale;
    } catch (SQLException e) {
      if ("42P01".equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  /** What one pgbench run printed. */
  record PgbenchResult(double tps, double latencyMs, long transactions, double seconds) {
    static PgbenchResult parse(String output, int seconds) {
      Matcher tps = TPS.matcher(output);
      Matcher latency = LATENCY.matcher(output);
      Matcher processed = PROCESSED.matcher(output);
      if (!tps.find()) {
        throw new SweepFailure("pgbench printed no tps: " + output.strip());
      }
      return new PgbenchResult(Double.parseDouble(tps.group(1)),
          latency.find() ? Double.parseDouble(latency.group(1)) : Double.NaN,
          processed.find() ? Long.parseLong(processed.group(1)) : -1, seconds);
    }
  }
}
