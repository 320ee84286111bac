package catalog.infra.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;

/**
 * The most connections this role may have open to this database at once, as the server's settings say:
 * {@code max_connections} less the slots it keeps for superusers (unless the role is one), and the role's
 * and the database's own {@code CONNECTION LIMIT}, which PostgreSQL does not hold a superuser to (a
 * superuser's pool of 8 on a database limited to 5 opened its 8). Other clients share it, so a pool within it may still
 * not fill; a pool past it never can, and its requests wait out the connection timeout for connections that
 * cannot open.
 */
final class ConnectionLimit {
  private static final String READ = """
      SELECT current_setting('max_connections')::int
               - CASE WHEN r.rolsuper THEN 0 ELSE current_setting('superuser_reserved_connections')::int END,
             CASE WHEN r.rolsuper THEN -1 ELSE r.rolconnlimit END,
             CASE WHEN r.rolsuper THEN -1 ELSE d.datconnlimit END
      FROM pg_roles r, pg_database d
      WHERE r.rolname = current_user AND d.datname = current_database()""";

  private ConnectionLimit() {}

  static OptionalInt read(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(READ)) {
      if (!rs.next()) {
        return OptionalInt.empty();
      }
      return OptionalInt.of(lowest(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
    }
  }

  /** The lowest of the server's slots and the two limits, where -1 means no limit. */
  static int lowest(int server, int role, int database) {
    int limit = server;
    for (int other : new int[] {role, database}) {
      if (other >= 0) {
        limit = Math.min(limit, other);
      }
    }
    return limit;
  }
}
