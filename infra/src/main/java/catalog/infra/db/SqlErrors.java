package catalog.infra.db;

import catalog.domain.ConcurrentUpdate;
import catalog.domain.Conflict;
import catalog.domain.InvalidInput;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Translates SQLSTATEs into the domain's errors or {@link DatabaseUnavailable}, in one place. */
final class SqlErrors {
  /** A statement cancelled, here always by its timeout. */
  static final String QUERY_CANCELED = "57014";
  private static final Map<String, String> UNIQUE_CONSTRAINTS = Map.of(
      "product_barcode_source_key", "a live product with this barcode already exists for this source");

  private SqlErrors() {}

  static RuntimeException translate(String doing, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    // Hikari's acquire timeout carries the SQLSTATE of the last connect failure, if there was one.
    if (e instanceof SQLTransientConnectionException && !state.startsWith("08")) {
      return new DatabaseUnavailable(DatabaseUnavailable.Reason.ACQUIRE_TIMEOUT,
          "no database connection became free in time", e);
    }
    return switch (state) {
      case "40001", "40P01" -> new ConcurrentUpdate("concurrent transaction while " + doing, e);
      case "23505" -> new Conflict(uniqueMessage(e), e);
      case "23503" -> new InvalidInput("reference", "refers to a row that does not exist");
      case QUERY_CANCELED -> new DatabaseUnavailable(DatabaseUnavailable.Reason.STATEMENT_TIMEOUT,
          "the database cancelled a statement that ran past its timeout", e);
      case "53300" -> new DatabaseUnavailable(DatabaseUnavailable.Reason.CONNECT_FAILED,
          "the database refuses more connections (too many clients)", e);
      default -> state.startsWith("08") || state.equals("57P01") || state.equals("57P03")
          ? new DatabaseUnavailable(DatabaseUnavailable.Reason.CONNECT_FAILED, "the database is not reachable", e)
          : new DatabaseFailure("database error while " + doing + " (SQLSTATE " + state + ")", e);
    };
  }

  private static String uniqueMessage(SQLException e) {
    String constraint = null;
    if (e instanceof PSQLException p) {
      ServerErrorMessage server = p.getServerErrorMessage();
      constraint = server == null ? null : server.getConstraint();
    }
    if (constraint != null && constraint.endsWith("_name_key")) {
      return "a live one with this name already exists";
    }
    return UNIQUE_CONSTRAINTS.getOrDefault(constraint, "a row with these values already exists");
  }
}
