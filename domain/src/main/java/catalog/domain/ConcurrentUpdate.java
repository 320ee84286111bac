package catalog.domain;

/**
 * The store aborted the transaction because of a concurrent one (serialization failure or deadlock).
 * Re-running the whole unit of work is safe and usually succeeds.
 */
public final class ConcurrentUpdate extends DomainException {
  public ConcurrentUpdate(String message, Throwable cause) {
    super(message, cause);
  }
}
