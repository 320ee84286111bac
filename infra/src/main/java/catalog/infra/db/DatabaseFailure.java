package catalog.infra.db;

/** An SQL error the service has no answer for; it is a bug or an operational fault (HTTP 500). */
public final class DatabaseFailure extends RuntimeException {
  public DatabaseFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
