package catalog.infra.db;

import catalog.domain.ConcurrentUpdate;
import catalog.domain.Conflict;
import catalog.domain.FieldError;
import catalog.domain.InvalidInput;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Translates SQLSTATEs into the domain's errors or {@link DatabaseUnavailable}, in one place. */
public final class SqlErrors {
  /** A statement cancelled, here always by its timeout. */
  static final String QUERY_CANCELED = "57014";
  /** A product's (barcode, source) taken by a live product. */
  static final FieldError BARCODE_TAKEN =
      new FieldError("barcode", "a live product with this barcode already exists for this source");
  /** Each unique constraint by name, as the field whose value it found taken, and why. */
  private static final Map<String, FieldError> UNIQUE_CONSTRAINTS = Map.of("product_barcode_source_key", BARCODE_TAKEN);
  private static final FieldError NAME_TAKEN = new FieldError("name", "a live one with this name already exists");

  private SqlErrors() {}

  static RuntimeException translate(String doing, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    // Hikari's acquire timeout carries the SQLSTATE of the last connect failure, if there was one.
    if (e instanceof SQLTransientConnectionException && !refusesConnections(state)) {
      return new DatabaseUnavailable(DatabaseUnavailable.Reason.ACQUIRE_TIMEOUT,
          "no database connection became free in time", e);
    }
    return switch (state) {
      case "40001", "40P01" -> new ConcurrentUpdate("concurrent transaction while " + doing, e);
      case "23505" -> duplicate(e);
      case "23503" -> new InvalidInput("reference", "refers to a row that does not exist");
      case QUERY_CANCELED -> new DatabaseUnavailable(DatabaseUnavailable.Reason.STATEMENT_TIMEOUT,
          "the database cancelled a statement that ran past its timeout", e);
      case "53300" -> new DatabaseUnavailable(DatabaseUnavailable.Reason.CONNECT_FAILED,
          "the database refuses more connections (too many clients)", e);
      default -> refusesConnections(state)
          ? new DatabaseUnavailable(DatabaseUnavailable.Reason.CONNECT_FAILED, "the database is not reachable", e)
          : new DatabaseFailure("database error while " + doing + " (SQLSTATE " + state + ")", e);
    };
  }

  /**
   * A state a connection attempt fails with when the database cannot be had, whatever the pool: no
   * connection (class 08), a login refused (class 28: the role gone, NOLOGIN, a wrong password), the
   * database gone (3D000) or not accepting connections (55000, {@code ALLOW_CONNECTIONS false}; the
   * service's statements raise no other 55000), the server shutting down or starting (57P01, 57P03), too
   * many clients (53300).
   * Met in a request they mean "the database is not reachable", a 503, not a fault of the service; met at
   * start (migrating, importing), that the database cannot be had (StartupErrors' exit 3).
   */
  public static boolean refusesConnections(String state) {
    return state.startsWith("08") || state.startsWith("28") || state.equals("3D000") || state.equals("55000")
        || state.equals("57P01") || state.equals("57P03") || state.equals("53300");
  }

  /** A unique violation, naming the field it repeats when the constraint is one of the catalog's. */
  private static Conflict duplicate(SQLException e) {
    String constraint = null;
    if (e instanceof PSQLException p) {
      ServerErrorMessage server = p.getServerErrorMessage();
      constraint = server == null ? null : server.getConstraint();
    }
    FieldError taken = constraint != null && constraint.endsWith("_name_key") ? NAME_TAKEN
        : UNIQUE_CONSTRAINTS.get(constraint);
    return taken == null ? new Conflict("a row with these values already exists", e)
        : new Conflict(taken.message(), List.of(taken), e);
  }
}
