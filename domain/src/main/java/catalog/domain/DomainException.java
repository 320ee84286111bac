package catalog.domain;

/** Base of the errors the domain raises; the HTTP layer maps each subtype to one status. */
public abstract sealed class DomainException extends RuntimeException
    permits NotFound, Conflict, StaleVersion, InvalidInput, ConcurrentUpdate {

  protected DomainException(String message) {
    super(message);
  }

  protected DomainException(String message, Throwable cause) {
    super(message, cause);
  }
}
