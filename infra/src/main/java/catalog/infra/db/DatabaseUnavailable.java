package catalog.infra.db;

/**
 * The database could not serve the request in time: no connection within the acquire timeout, too
 * many requests already waiting for one, the server unreachable, or a statement cancelled by its
 * timeout. Callers answer 503 and may retry.
 */
public final class DatabaseUnavailable extends RuntimeException {
  /** Why the database was not available. */
  public enum Reason { ACQUIRE_TIMEOUT, OVERLOADED, CONNECT_FAILED, STATEMENT_TIMEOUT }

  private final Reason reason;

  public DatabaseUnavailable(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
