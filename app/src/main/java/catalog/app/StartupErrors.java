package catalog.app;

import catalog.app.importing.UnreadableInput;
import catalog.domain.Conflict;
import catalog.infra.config.ConfigError;
import catalog.infra.db.DatabaseUnavailable;
import catalog.infra.db.SqlErrors;
import io.javalin.util.JavalinBindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns the ways a start can fail into one clear message and an exit code, not a stack trace. */
final class StartupErrors implements IExecutionExceptionHandler {
  static final String HOW_TO_PROVIDE = """
      Point the service at PostgreSQL with DATABASE_URL=postgres://user:pass@host:5432/catalog
      or POSTGRES_SERVER / POSTGRES_PORT / POSTGRES_USER / POSTGRES_PASSWORD / POSTGRES_DB
      (default: 127.0.0.1:5432, user postgres, database catalog).""";

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    if (e instanceof UnreadableInput u) {
      System.err.println("catalog: cannot import: " + u.where() + ": " + u.getMessage() + "; nothing was imported");
      return 1;
    }
    if (e instanceof Conflict) {
      // Another import running in the catalog past the statement timeout (imports run one at a time).
      System.err.println("catalog: " + cmd.getCommandName() + ": " + e.getMessage() + "; nothing was imported");
      return 1;
    }
    if (e instanceof ConfigError) {
      System.err.println("catalog: configuration error: " + e.getMessage());
      return 2;
    }
    if (e instanceof DatabaseUnavailable || e instanceof FlywayException && isConnection(e)) {
      Throwable root = root(e);
      System.err.println("catalog: cannot reach the database: "
          + (root instanceof UnknownHostException ? "unknown host " : "") + root.getMessage());
      System.err.println(HOW_TO_PROVIDE);
      if (withState(e, "3D000") != null) {
        System.err.println("Or add --create-database to create the database.");
      }
      return 3;
    }
    SQLException denied = withState(e, "42501");
    if (denied != null) {
      System.err.println("catalog: " + cmd.getCommandName() + ": the database refused: " + denied.getMessage());
      System.err.println("The database role (DATABASE_URL or POSTGRES_USER) needs CREATEDB for --create-database,"
          + " and must own the catalog's database and tables to migrate them.");
      return 3;
    }
    if (e instanceof FlywayException) {
      // Flyway's messages say what failed, and where in which migration; its stack trace adds nothing.
      String message = String.valueOf(e.getMessage());
      int baseline = message.indexOf(" Use baseline()");
      System.err.println("catalog: " + cmd.getCommandName() + ": migrating the database failed: "
          + (baseline < 0 ? message : message.substring(0, baseline)));
      if (message.contains("but no schema history table")) {
        System.err.println("The database holds tables, but not Catalog's: point POSTGRES_DB (or DATABASE_URL) at an"
            + " empty database, or at one of Catalog's.");
      }
      return 1;
    }
    if (e instanceof JavalinBindException) {
      // Javalin says "Port already in use" whatever the cause: an address not of this machine, too.
      System.err.println("catalog: cannot listen: " + root(e) + " (check HTTP_HOST and HTTP_PORT)");
      return 1;
    }
    System.err.println("catalog: " + cmd.getCommandName() + " failed: " + e);
    e.printStackTrace(System.err);
    return 1;
  }

  /**
   * Whether a cause says the server could not be reached or would not let us in: a refused, timed-out or
   * unroutable connection, a host name that does not resolve, or a SQLSTATE by which a connection attempt is
   * refused ({@link SqlErrors#refusesConnections}, the states a request answers 503 for). pgjdbc wraps the
   * socket's exception in a SQLException of state 08001.
   */
  private static boolean isConnection(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
          || t instanceof SocketTimeoutException) {
        return true;
      }
      if (t instanceof SQLException s && s.getSQLState() != null && SqlErrors.refusesConnections(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** The first SQLException with {@code state} among {@code e} and its causes, or null. */
  private static SQLException withState(Throwable e, String state) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException s && state.equals(s.getSQLState())) {
        return s;
      }
    }
    return null;
  }

  private static Throwable root(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
