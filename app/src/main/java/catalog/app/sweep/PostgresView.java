package catalog.app.sweep;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * PostgreSQL's own figures for one database, read over a connection to the server's maintenance
 * database so that these queries do not count as that database's transactions. Backends flush their
 * statistics at most once a second (PostgreSQL 15), so transaction deltas are exact to about a second.
 */
final class PostgresView implements AutoCloseable {
  private static final String TRANSACTIONS =
      "SELECT xact_commit, xact_rollback FROM pg_stat_database WHERE datname = ?";
  private static final String ACTIVITY = """
      SELECT count(*) FILTER (WHERE state = 'active'), count(*)
      FROM pg_stat_activity
      WHERE datname = ? AND backend_type = 'client backend' AND pid <> pg_backend_pid()""";
  private static final String FREE_CONNECTIONS = """
      SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int
             - (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')::int""";

  private final Connection connection;

  private PostgresView(Connection connection) {
    this.connection = connection;
  }

  /** Opens the view on the {@code postgres} database, or on {@code fallback} where that one cannot be reached. */
  static PostgresView open(PgServer server) {
    try {
      return new PostgresView(server.connect("postgres"));
    } catch (SQLException first) {
      try {
        return new PostgresView(server.connect(server.database()));
      } catch (SQLException e) {
        throw new SweepFailure("cannot read PostgreSQL's statistics at " + server + ": " + e.getMessage());
      }
    }
  }

  /** Commits and rollbacks of {@code database} so far. */
  synchronized Transactions transactions(String database) {
    try (PreparedStatement ps = connection.prepareStatement(TRANSACTIONS)) {
      ps.setString(1, database);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Transactions(rs.getLong(1), rs.getLong(2)) : new Transactions(0, 0);
      }
    } catch (SQLException e) {
      throw new SweepFailure("cannot read pg_stat_database: " + e.getMessage());
    }
  }

  /** Backends of {@code database}: executing a statement now, and connected. */
  synchronized Activity activity(String database) {
    try (PreparedStatement ps = connection.prepareStatement(ACTIVITY)) {
      ps.setString(1, database);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new Activity(rs.getInt(1), rs.getInt(2));
      }
    } catch (SQLException e) {
      throw new SweepFailure("cannot read pg_stat_activity: " + e.getMessage());
    }
  }

  /** Connections the server could still accept from ordinary roles. */
  synchronized int freeConnections() {
    try (PreparedStatement ps = connection.prepareStatement(FREE_CONNECTIONS);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new SweepFailure("cannot read max_connections: " + e.getMessage());
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing a statistics connection cannot lose anything
    }
  }

  /** Counters of {@code pg_stat_database}. */
  record Transactions(long commits, long rollbacks) {
    Transactions minus(Transactions before) {
      return new Transactions(commits - before.commits, rollbacks - before.rollbacks);
    }

    long total() {
      return commits + rollbacks;
    }
  }

  /** A sample of {@code pg_stat_activity}. */
  record Activity(int active, int backends) {}
}
