package catalog.app.sweep;

import catalog.infra.config.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The PostgreSQL server the service uses, as pgbench and JDBC connections to its other databases need it: the
 * first of the URL's servers, when it names several.
 */
record PgServer(String host, int port, String user, String password, String database) {

  static PgServer of(DatabaseSettings settings) {
    return new PgServer(settings.host(), settings.port(), settings.user(), settings.password(),
        settings.databaseName());
  }

  Connection connect(String db) throws SQLException {
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return DriverManager.getConnection("jdbc:postgresql://" + h + ":" + port + "/" + db, user, password);
  }

  /** Environment for libpq programs (pgbench): host, port and user as arguments would give, password kept off the command line. */
  Map<String, String> libpqEnv() {
    return Map.of("PGHOST", host, "PGPORT", Integer.toString(port), "PGUSER", user, "PGPASSWORD", password);
  }

  @Override
  public String toString() {
    return user + "@" + host + ":" + port + "/" + database;
  }
}
